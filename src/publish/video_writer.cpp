#include "publish/video_writer.hpp"

#include <string>
#include <system_error>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace wm::publish {

namespace fs = std::filesystem;

// Everything FFmpeg hands out, freed in reverse order whatever stage the writer reached.
struct VideoWriter::Impl {
  fs::path file, temporary;
  VideoSettings settings;
  VideoCodec codec = VideoCodec::H264;
  AVFormatContext* format = nullptr;
  AVCodecContext* encoder = nullptr;
  AVStream* stream = nullptr;
  SwsContext* scaler = nullptr;
  AVFrame* frame = nullptr;
  AVPacket* packet = nullptr;
  std::int64_t frames = 0;
  bool finished = false;

  ~Impl() {
    av_packet_free(&packet);
    av_frame_free(&frame);
    sws_freeContext(scaler);
    avcodec_free_context(&encoder);
    if (format) {
      if (format->pb) avio_closep(&format->pb);
      avformat_free_context(format);
    }
    std::error_code ec;
    if (!finished && !temporary.empty()) fs::remove(temporary, ec);
  }
};

namespace {

std::string ffmpegError(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

// FFmpeg's reason for a failed step, as a message argument.
std::string ffmpegReason(int code) { return core::libraryReasonArg("FFmpeg", ffmpegError(code)); }

core::Error encodingFailed(int code) { return core::Error{core::Msg::VideoEncodingFailed, {ffmpegReason(code)}}; }

core::Error encoderFailed(const AVCodec& codec, int code) {
  return core::Error{core::Msg::VideoEncoderFailed, {codec.name, ffmpegReason(code)}};
}

core::Error cannotWrite(const fs::path& file, int code) {
  return core::Error{core::Msg::CliCannotWrite, {file.string(), ffmpegReason(code)}};
}

// libx264 by name (FFmpeg's first H.264 encoder may be a hardware one that is absent here), else MPEG-4 part 2.
const AVCodec* chooseEncoder(const VideoSettings& settings, VideoCodec& codec) {
  if (settings.h264) {
    if (const AVCodec* x264 = avcodec_find_encoder_by_name("libx264")) {
      codec = VideoCodec::H264;
      return x264;
    }
  }
  codec = VideoCodec::Mpeg4;
  return avcodec_find_encoder(AV_CODEC_ID_MPEG4);
}

// Quality for a map (flat colours, thin lines, small text), in players that PowerPoint and WPS use: 4:2:0, BT.709
// in video range (what an HD player assumes), a key frame every 2 s so that a presenter can seek.
void configure(AVCodecContext& c, const VideoSettings& s, VideoCodec codec, bool globalHeader) {
  c.width = s.width;
  c.height = s.height;
  c.time_base = AVRational{1, s.fps};
  c.framerate = AVRational{s.fps, 1};
  c.pix_fmt = AV_PIX_FMT_YUV420P;
  c.gop_size = 2 * s.fps;
  c.color_range = AVCOL_RANGE_MPEG;
  c.colorspace = AVCOL_SPC_BT709;
  c.color_primaries = AVCOL_PRI_BT709;
  c.color_trc = AVCOL_TRC_BT709;
  if (globalHeader) c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  if (codec == VideoCodec::H264) {
    // "veryfast" keeps encoding well under the drawing's time on two cores; CRF 20 keeps lines and text clean.
    av_opt_set(c.priv_data, "preset", "veryfast", 0);
    av_opt_set(c.priv_data, "crf", "20", 0);
    av_opt_set(c.priv_data, "profile", "high", 0);
  } else {
    c.flags |= AV_CODEC_FLAG_QSCALE;
    c.global_quality = FF_QP2LAMBDA * 3;
  }
}

core::Result<bool> openEncoder(VideoWriter::Impl& d) {
  const AVCodec* codec = chooseEncoder(d.settings, d.codec);
  if (!codec) return core::Error{core::Msg::VideoNoEncoder};
  d.encoder = avcodec_alloc_context3(codec);
  d.stream = avformat_new_stream(d.format, nullptr);
  if (!d.encoder || !d.stream) return core::Error{core::Msg::OutOfMemory};
  configure(*d.encoder, d.settings, d.codec, (d.format->oformat->flags & AVFMT_GLOBALHEADER) != 0);
  if (int e = avcodec_open2(d.encoder, codec, nullptr); e < 0) return encoderFailed(*codec, e);
  if (int e = avcodec_parameters_from_context(d.stream->codecpar, d.encoder); e < 0) return encoderFailed(*codec, e);
  d.stream->time_base = d.encoder->time_base;
  return true;
}

core::Result<bool> openPictures(VideoWriter::Impl& d) {
  const int w = d.settings.width, h = d.settings.height;
  d.scaler = sws_getContext(w, h, AV_PIX_FMT_RGBA, w, h, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
  d.frame = av_frame_alloc();
  d.packet = av_packet_alloc();
  if (!d.scaler || !d.frame || !d.packet) return core::Error{core::Msg::OutOfMemory};
  // Full-range RGB in, BT.709 video range out, as the stream is tagged.
  const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
  sws_setColorspaceDetails(d.scaler, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
  d.frame->format = AV_PIX_FMT_YUV420P;
  d.frame->width = w;
  d.frame->height = h;
  if (int e = av_frame_get_buffer(d.frame, 0); e < 0) return encodingFailed(e);
  return true;
}

core::Result<bool> openFile(VideoWriter::Impl& d) {
  if (int e = avio_open(&d.format->pb, d.temporary.c_str(), AVIO_FLAG_WRITE); e < 0) return cannotWrite(d.temporary, e);
  // The index at the front ("fast start"): a player, or a slide it is embedded in, starts before it has read all.
  AVDictionary* options = nullptr;
  av_dict_set(&options, "movflags", "+faststart", 0);
  const int e = avformat_write_header(d.format, &options);
  av_dict_free(&options);
  if (e < 0) return cannotWrite(d.temporary, e);
  return true;
}

// Every packet the encoder has ready, into the file.
core::Result<bool> drain(VideoWriter::Impl& d) {
  for (;;) {
    const int got = avcodec_receive_packet(d.encoder, d.packet);
    if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return true;
    if (got < 0) return encodingFailed(got);
    // FFmpeg 5.1's encoders leave a video packet's duration unset; the MP4 muxer then cuts the last frame from
    // the edit list (ffprobe counts one frame fewer). Each frame lasts one tick of 1 / fps.
    if (d.packet->duration == 0) d.packet->duration = 1;
    av_packet_rescale_ts(d.packet, d.encoder->time_base, d.stream->time_base);
    d.packet->stream_index = d.stream->index;
    const int written = av_interleaved_write_frame(d.format, d.packet);  // takes the packet's data
    if (written < 0) return cannotWrite(d.temporary, written);
  }
}

}  // namespace

VideoWriter::VideoWriter(std::unique_ptr<Impl> impl) : _impl(std::move(impl)) {}
VideoWriter::~VideoWriter() = default;

core::Result<std::unique_ptr<VideoWriter>> VideoWriter::open(const fs::path& file, const VideoSettings& settings) {
  if (settings.width < 2 || settings.height < 2 || settings.width % 2 != 0 || settings.height % 2 != 0 ||
      settings.width > 8192 || settings.height > 8192)
    return core::Error{core::Msg::VideoBadSize, {std::to_string(settings.width), std::to_string(settings.height)}};
  if (settings.fps < 1 || settings.fps > 120)
    return core::Error{core::Msg::VideoBadFps, {std::to_string(settings.fps)}};
  av_log_set_level(AV_LOG_ERROR);  // no encoder statistics on the terminal; errors still go to stderr
  auto d = std::make_unique<Impl>();
  d->file = file;
  d->temporary = file;
  d->temporary += ".tmp";
  d->settings = settings;
  if (int e = avformat_alloc_output_context2(&d->format, nullptr, "mp4", d->temporary.c_str()); e < 0)
    return encodingFailed(e);
  for (auto step : {openEncoder, openPictures, openFile})
    if (auto opened = step(*d); !opened) return opened.error();
  return std::unique_ptr<VideoWriter>(new VideoWriter(std::move(d)));
}

core::Result<bool> VideoWriter::addFrame(const std::uint8_t* rgba) {
  Impl& d = *_impl;
  if (int e = av_frame_make_writable(d.frame); e < 0) return encodingFailed(e);
  const std::uint8_t* rows[1] = {rgba};
  const int stride[1] = {4 * d.settings.width};
  sws_scale(d.scaler, rows, stride, 0, d.settings.height, d.frame->data, d.frame->linesize);
  d.frame->pts = d.frames++;
  if (int e = avcodec_send_frame(d.encoder, d.frame); e < 0) return encodingFailed(e);
  return drain(d);
}

core::Result<bool> VideoWriter::finish() {
  Impl& d = *_impl;
  if (int e = avcodec_send_frame(d.encoder, nullptr); e < 0) return encodingFailed(e);
  if (auto drained = drain(d); !drained) return drained;
  if (int e = av_write_trailer(d.format); e < 0) return cannotWrite(d.temporary, e);
  if (int e = avio_closep(&d.format->pb); e < 0) return cannotWrite(d.temporary, e);
  std::error_code ec;
  fs::rename(d.temporary, d.file, ec);
  if (ec) return core::Error{core::Msg::CliCannotWrite, {d.file.string(), core::systemReasonArg(ec)}};
  d.finished = true;
  return true;
}

VideoCodec VideoWriter::codec() const { return _impl->codec; }
const fs::path& VideoWriter::temporary() const { return _impl->temporary; }

}  // namespace wm::publish
