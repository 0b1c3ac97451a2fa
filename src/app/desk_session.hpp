#pragma once
// The window's desk once the map is loaded: the map view, the view state the panels edit, the camera's
// controller, the pointer's picking and the desk itself, wired to the viewer's event handlers.
#include <cstdint>
#include <memory>
#include <vector>

#include <osg/Matrixd>
#include <osg/ref_ptr>
#include <osgViewer/Viewer>

#include "app/commands.hpp"
#include "app/map_loading.hpp"
#include "app/map_pointer.hpp"
#include "app/page_export_job.hpp"
#include "app/server_progress_job.hpp"
#include "app/video_export_job.hpp"
#include "app/view_state_sync.hpp"
#include "render/map_controller.hpp"
#include "ui/desk.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

struct DeskSession {
  std::unique_ptr<OpenedMap> map;
  std::unique_ptr<VideoExportJob> videoExport;  ///< the Timeline's Export video; after map, before desk
  std::unique_ptr<PageExportJob> pageExport;    ///< Export deck and Export atlas; after map and slides, before desk
  /// District progress rolled up on the server, for a register wholly in PostgreSQL; none: computed in memory.
  /// Before desk (the panel calls it).
  std::unique_ptr<ServerProgressJob> serverProgress;
  ui::ViewState state;
  /// The briefing's slides as the desk holds them: the workspace's [[slide]] tables at first, then as the
  /// Slides panel edits them (presentation mode shows these).
  std::vector<domain::Slide> slides;
  /// The slides' thumbnails for the Slides panel, once the window has them (app/slide_editor).
  ui::SlideThumbnails thumbnails;
  osg::ref_ptr<render::MapController> controller;
  std::unique_ptr<ui::Desk> desk;
  ViewStateSync sync;
  osg::ref_ptr<MapPointer> pointer;
  std::int64_t probe = -1;         ///< the state file's probe project (--state-probe), -1: none
  std::uint64_t framesBefore = 0;  ///< ImGui frames drawn before the desk (the loading window's)
  osg::Matrixd drawnWith;  ///< the camera (screenMapping) of the desk's last frame, which drew the measured shape
};

/// The session for a loaded map: the scene shown in `viewer`, the desk and its handlers added (the pointer's
/// picking, the camera controller, the date keys). The session must outlive the viewer's use of them.
std::unique_ptr<DeskSession> openDesk(std::unique_ptr<OpenedMap> map, const ViewerOptions& options, core::Lang lang,
                                      osgViewer::Viewer& viewer);

/// Where the camera puts ground points in the window: what the measured shape's drawing depends on.
osg::Matrixd screenMapping(const render::MapCamera& camera);

}  // namespace wm::app
