// The desk's window beside the offscreen contexts that its exports and the Slides panel's thumbnails draw in
// (app/viewer_window's drawOffscreenWork), for real (Mesa llvmpipe under Xvfb): the window's map keeps its labels
// (light boxes, dark text) and the GL objects it shares with their scenes (the font's glyph pages) when such a
// context comes and goes.
#include <algorithm>
#include <memory>
#include <vector>

#include <gtest/gtest.h>
#include <osg/GraphicsContext>
#include <osg/Image>
#include <osgText/Font>
#include <osgViewer/GraphicsWindow>
#include <osgViewer/Viewer>

#include "app/map_view.hpp"
#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "scene/font_finder.hpp"
#include "scene/label_drawing.hpp"
#include "scene/shader_program.hpp"

using namespace wm;

namespace {

constexpr int kWidth = 400, kHeight = 300;
constexpr double kX = 500000, kY = 3200000;

// The district 城区, a 4 km square: its name is the one label.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer districts;
  districts.info.role = domain::LayerRole::Districts;
  test::addRectangle(districts.geometry, kX, kY, kX + 4000, kY + 4000);
  districts.labels = {"城区"};
  c.layers = {districts};
  c.districtLayer = 0;
  c.districts = {{"城区", true, 0, 0}};
  return c;
}

// What the window and each offscreen job build alike (app::MapInputs): the programs they share.
struct Inputs {
  domain::Catalog catalog = fixture();
  osg::ref_ptr<osg::Program> program, terrain;
};

std::unique_ptr<app::MapView> mapView(const Inputs& in) {
  auto view = std::make_unique<app::MapView>(in.catalog, domain::builtInMapStyle(), "测试县", core::Lang::En,
                                             in.program.get(), in.terrain.get());
  view->setAsOf(*core::Date::fromYmd(2023, 6, 30));
  return view;
}

// The whole district in kWidth × kHeight: its name's label is laid out on its centre, the image's.
render::MapCamera districtCamera(const app::MapView& view) {
  render::MapCamera camera;
  camera.setViewport(kWidth, kHeight);
  camera.fit(view.homeExtent(), 0.1);
  return camera;
}

osg::ref_ptr<osg::GraphicsContext> pbuffer() {
  osg::ref_ptr<osg::GraphicsContext::Traits> traits = new osg::GraphicsContext::Traits;
  traits->readDISPLAY();
  traits->width = traits->height = 16;
  traits->red = traits->green = traits->blue = traits->alpha = 8;
  traits->depth = 24;
  traits->pbuffer = true;
  osg::ref_ptr<osg::GraphicsContext> gc = osg::GraphicsContext::createGraphicsContext(traits.get());
  if (gc && !gc->realize()) gc = nullptr;
  return gc;
}

// The desk's window as app::DesktopWindow and ViewerWindow set it up: OSG draws through an embedded window into a
// GL context that OSG does not make current itself; the app does (DesktopWindow::makeCurrent; here a pbuffer's
// context stands for the SDL window's). The map is drawn into a framebuffer object and read back.
class DeskWindow {
public:
  DeskWindow(app::MapView& view, const render::MapCamera& camera)
      : _gl(pbuffer()), _embedded(new osgViewer::GraphicsWindowEmbedded(0, 0, kWidth, kHeight)) {
    if (!_gl) return;
    view.cameraChanged(camera);
    osg::Camera& c = *_viewer->getCamera();
    c.setGraphicsContext(_embedded.get());
    c.setViewport(0, 0, kWidth, kHeight);
    c.setClearColor(app::kMapBackground);
    c.setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
    c.setViewMatrix(camera.viewMatrix());
    c.setProjectionMatrix(camera.projectionMatrix());
    c.getOrCreateStateSet()->addUniform(view.viewportUniform());
    _image->allocateImage(kWidth, kHeight, 1, GL_RGBA, GL_UNSIGNED_BYTE);
    c.setRenderTargetImplementation(osg::Camera::FRAME_BUFFER_OBJECT);
    c.attach(osg::Camera::COLOR_BUFFER, _image.get());
    _viewer->setThreadingModel(osgViewer::Viewer::SingleThreaded);
    _viewer->setCameraManipulator(nullptr);
    _viewer->setSceneData(view.root());
    makeCurrent();
    _viewer->realize();
  }
  ~DeskWindow() {
    if (!_gl) return;
    makeCurrent();
    _viewer = nullptr;
    _gl->close();
  }
  DeskWindow(const DeskWindow&) = delete;
  DeskWindow& operator=(const DeskWindow&) = delete;

  bool open() const { return _gl != nullptr; }
  void makeCurrent() { _gl->makeCurrent(); }
  unsigned contextID() const { return _embedded->getState()->getContextID(); }

  // One frame of the window's map, drawn in whatever context is current (as ViewerWindow::draw), read back.
  render::RgbaImage frame() {
    _viewer->frame();
    render::RgbaImage out;
    out.width = kWidth;
    out.height = kHeight;
    out.pixels.resize(static_cast<std::size_t>(kWidth) * kHeight * 4);
    for (int row = 0; row < kHeight; ++row)  // OSG's rows run from the bottom
      std::copy_n(_image->data(0, kHeight - 1 - row), kWidth * 4, out.pixels.begin() + row * kWidth * 4);
    return out;
  }

private:
  osg::ref_ptr<osg::GraphicsContext> _gl;
  osg::ref_ptr<osgViewer::GraphicsWindowEmbedded> _embedded;
  osg::ref_ptr<osgViewer::Viewer> _viewer = new osgViewer::Viewer;
  osg::ref_ptr<osg::Image> _image = new osg::Image;
};

// An offscreen job's context: a view of its own (the programs and the font shared with the window's), drawn once.
std::unique_ptr<render::OffscreenRenderer> drawOffscreen(app::MapView& view, osg::Program* program) {
  render::OffscreenView offscreen;
  offscreen.width = kWidth;
  offscreen.height = kHeight;
  offscreen.camera = districtCamera(view);
  view.cameraChanged(*offscreen.camera);
  offscreen.pixelCameras = view.pixelCameras();
  auto renderer = render::OffscreenRenderer::open(view.root(), offscreen);
  EXPECT_TRUE(renderer) << (renderer ? "" : renderer.error().text(core::Lang::En));
  if (!renderer) return nullptr;
  auto image = (*renderer)->draw(offscreen, program);
  EXPECT_TRUE(image) << (image ? "" : image.error().text(core::Lang::En));
  return std::move(*renderer);
}

// The district's label at the image's centre: its light box (white at 0.85 over the map) with dark strokes of its
// two Hanzi inside, not the dark rectangles a glyph page without its texture gives.
void expectLabel(const render::RgbaImage& image, const char* when) {
  int light = 0, ink = 0, black = 0;
  for (int y = kHeight / 2 - 8; y <= kHeight / 2 + 8; ++y)
    for (int x = kWidth / 2 - 16; x <= kWidth / 2 + 16; ++x) {
      test::Rgb p = test::pixel(image, x, y);
      int hi = std::max({p[0], p[1], p[2]}), lo = std::min({p[0], p[1], p[2]});
      light += lo > 215;
      ink += hi < 130;
      black += hi < 40;
    }
  // 33 × 17 pixels; measured on llvmpipe: 190 light, 102 ink, none black (none light with the glyph pages broken).
  EXPECT_GT(light, 120) << when << ": no light label box at the district's centre";
  EXPECT_GT(ink, 25) << when << ": no text strokes in the label";
  EXPECT_LT(black, 20) << when << ": the label is drawn as dark boxes";
}

class DeskContexts : public ::testing::Test {
protected:
  void SetUp() override {
    auto font = scene::findChineseFont();
    ASSERT_TRUE(font) << "no Chinese font: the labels are not drawn";
    auto program = scene::loadMapProgram(scene::shaderDirectory());
    auto terrain = scene::loadTerrainProgram(scene::shaderDirectory());
    ASSERT_TRUE(program && terrain);
    _in.program = *program;
    _in.terrain = *terrain;
    _font = scene::readLabelFont(*font, /*shared=*/true);  // the one the views' labels and overlays use
    ASSERT_TRUE(_font);
    _view = mapView(_in);
    _window = std::make_unique<DeskWindow>(*_view, districtCamera(*_view));
    ASSERT_TRUE(_window->open()) << "no OpenGL context (run under xvfb-run)";
  }
  void TearDown() override {
    _window.reset();
    _view.reset();
  }

  Inputs _in;
  osg::ref_ptr<osgText::Font> _font;
  std::unique_ptr<app::MapView> _view;
  std::unique_ptr<DeskWindow> _window;
};

}  // namespace

// Export deck or atlas (app/page_export_job) as the desk runs it: its context opened, drawn, the window's made
// current again; its context let go at the end, the window's made current again. The window's glyph pages keep
// their texture objects in its context (an export's end once released them for every context, and the window
// made them again), and the window's map looks as before.
TEST_F(DeskContexts, AnExportsContextLeavesTheWindowsGlyphPagesAlone) {
  _window->makeCurrent();
  const render::RgbaImage before = _window->frame();
  expectLabel(before, "before the export");
  std::vector<std::pair<osg::Texture*, osg::Texture::TextureObject*>> pages;
  for (const auto& page : _font->getGlyphTextureList())
    if (osg::Texture::TextureObject* object = page->getTextureObject(_window->contextID()))
      pages.emplace_back(page.get(), object);
  ASSERT_FALSE(pages.empty()) << "the window drew no glyph page";

  auto exportView = mapView(_in);
  auto exported = drawOffscreen(*exportView, _in.program.get());
  _window->makeCurrent();
  expectLabel(_window->frame(), "while the export's context is open");
  exported.reset();
  exportView.reset();
  _window->makeCurrent();
  for (const auto& [page, object] : pages)
    EXPECT_EQ(page->getTextureObject(_window->contextID()), object)
        << "the export's end released a glyph page's texture object in the window's context";
  const render::RgbaImage after = _window->frame();
  expectLabel(after, "after the export");
  EXPECT_LT(test::countDiffering(before, after), 20);
}

// The sequence the dark labels were seen after: a thumbnail drawn in a context of its own, that context let go and
// the window drawing a frame before its context was made current again (the Slides panel's thumbnailer, when it
// let its context go), then an export's context opened. The window's text keeps its glyphs throughout.
TEST_F(DeskContexts, WindowKeepsItsLabelsAfterAThumbnailsContextWasLetGo) {
  _window->makeCurrent();
  const render::RgbaImage before = _window->frame();
  expectLabel(before, "before the thumbnail");

  auto thumbnailView = mapView(_in);
  auto thumbnail = drawOffscreen(*thumbnailView, _in.program.get());
  _window->makeCurrent();
  _window->frame();
  thumbnail.reset();  // its context released: none is current
  thumbnailView.reset();
  _window->frame();  // drawn into no context: nothing of it shows, and nothing of the window's may be spoilt

  auto exportView = mapView(_in);
  auto exported = drawOffscreen(*exportView, _in.program.get());
  _window->makeCurrent();
  const render::RgbaImage during = _window->frame();
  expectLabel(during, "during the export after the thumbnail");
  EXPECT_LT(test::countDiffering(before, during), 20);
  exported.reset();
  _window->makeCurrent();
  expectLabel(_window->frame(), "after the export");
}
