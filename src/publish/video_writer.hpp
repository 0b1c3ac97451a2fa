#pragma once
// A video file from RGBA frames: H.264 (libx264) in MP4 through FFmpeg's libraries, or MPEG-4 part 2 where this
// FFmpeg has no H.264 encoder. FFmpeg's types stay in video_writer.cpp; the rest of WorksMap sees this API only.
#include <cstdint>
#include <filesystem>
#include <memory>

#include "core/result.hpp"

namespace wm::publish {

enum class VideoCodec : std::uint8_t { H264, Mpeg4 };

struct VideoSettings {
  int width = 1280;  ///< pixels, even (the encoders store colour at half resolution)
  int height = 720;  ///< pixels, even
  int fps = 25;      ///< frames per second, 1..120
  bool h264 = true;  ///< false: MPEG-4 part 2 even where H.264 is there (tests of the fallback)
};

/// Writes an MP4 into a temporary file beside `file` ("<file>.tmp") and renames it onto `file` in finish(): a
/// video that fails, is cancelled or is abandoned (destroyed before finish) leaves nothing behind, neither `file`
/// nor the temporary. Not thread-safe; any thread may own one.
class VideoWriter {
public:
  /// Opens the encoder and the temporary file; fails with a message (FFmpeg's words) when the size is not even
  /// or out of range, no encoder is there, or the folder cannot be written.
  static core::Result<std::unique_ptr<VideoWriter>> open(const std::filesystem::path& file,
                                                         const VideoSettings& settings);
  ~VideoWriter();
  VideoWriter(const VideoWriter&) = delete;
  VideoWriter& operator=(const VideoWriter&) = delete;

  /// The next frame: width × height RGBA pixels, 4 bytes each, rows top first (render::RgbaImage's layout).
  core::Result<bool> addFrame(const std::uint8_t* rgba);
  /// Flushes the encoder, completes the file and moves it onto `file`; fails with a message (and removes the
  /// temporary).
  core::Result<bool> finish();

  VideoCodec codec() const;
  const std::filesystem::path& temporary() const;

  struct Impl;

private:
  explicit VideoWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> _impl;
};

}  // namespace wm::publish
