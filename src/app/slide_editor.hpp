#pragma once
// The Slides panel's requests done (ui/slides_panel): a slide made of the view (app::slideFromView) or updated
// from it, the list reordered, duplicated, deleted — each slide's thumbnail kept beside it —, a flight to a
// slide in the desk, presentation started from one, and the slides saved into the workspace file. Thumbnails
// are GL textures in the window's context: the map as the window last drew the slide (app/map_grab), or as
// app/slide_thumbnailer drew it offscreen for a slide not shown yet or changed since its picture was made.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/desk_session.hpp"
#include "app/presenter.hpp"
#include "ui/slides_panel.hpp"

namespace wm::app {

/// Moves, duplicates or deletes slide `r.index` in `slides` and its thumbnail in `thumbnails` alike (the same
/// length), keeping `current` (the slide the view was last set to, -1: none) on the same slide, or on the copy
/// or the slide after a deleted one. Returns the thumbnail that a delete dropped (0: none). Other kinds and
/// indices out of range: nothing.
std::uint32_t rearrangeSlides(std::vector<domain::Slide>& slides, std::vector<std::uint32_t>& thumbnails,
                              const ui::SlideRequest& r, std::int32_t& current);

class SlideEditor {
public:
  /// `session` and `presenter` outlive the editor. The slides are saved into the workspace file they were read
  /// from (Loaded::slidesFile, as its bytes were then); a session opened from plain `sources` saves as a new
  /// workspace.
  SlideEditor(DeskSession& session, Presenter& presenter, std::vector<std::string> sources);
  ~SlideEditor();

  /// What the app must do after the requests: present from a slide, grab the next frame as the current slide's
  /// thumbnail.
  struct Outcome {
    std::optional<std::size_t> present;
    bool grab = false;
  };
  Outcome apply(std::vector<ui::SlideRequest> requests, Presenter::Clock::time_point now);
  /// Keeps `rgba` (width × height, rows from the top) as slide `index`'s thumbnail, a picture of the slide as it
  /// is now. Needs the window's context.
  void setThumbnail(std::size_t index, const std::vector<unsigned char>& rgba, int width, int height);
  std::optional<ui::SlideThumbnail> thumbnail(std::size_t index) const;
  bool hasThumbnail(std::size_t index) const { return index < _textures.size() && _textures[index] != 0; }
  /// Whether slide `index` has a thumbnail showing what it shows now: made since its view (camera, date, layers,
  /// filters, highlight) last changed; its title, subtitle, notes and figures are not in the picture.
  bool thumbnailCurrent(std::size_t index) const;
  /// The standard deviation of the luminance (0–255) of slide `index`'s thumbnail; none without one. A map has
  /// some; a blank (grey) picture none.
  std::optional<double> thumbnailSpread(std::size_t index) const;
  /// The panel's word on the last save (empty: none yet), and whether it failed.
  const std::string& message() const { return _message; }
  bool failed() const { return _failed; }
  /// The workspace file the slides are saved into; none: Save as workspace… first.
  const std::optional<std::filesystem::path>& workspace() const { return _workspace; }

private:
  void save(const std::optional<std::filesystem::path>& as);

  DeskSession& _session;
  Presenter& _presenter;
  std::vector<std::string> _sources;
  std::optional<std::filesystem::path> _workspace;
  std::string _openedText;               ///< the workspace's bytes as last read or written
  std::vector<std::uint32_t> _textures;  ///< GL texture names beside DeskSession::slides; 0: none yet
  std::vector<std::pair<int, int>> _sizes;
  /// What each texture (by its GL name: textures move with their slides) was drawn from, and its spread.
  struct Drawn {
    domain::Slide slide;
    double spread = 0;
  };
  std::map<std::uint32_t, Drawn> _drawn;
  std::string _message;
  bool _failed = false;
};

}  // namespace wm::app
