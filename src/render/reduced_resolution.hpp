#pragma once
// The map drawn at a fraction of the window's pixels and shown stretched over the window, while a presentation's
// camera flies. On a software renderer (Mesa's llvmpipe) a frame of a dense county costs its fragments: half the
// pixels each way is a quarter of them. What the window draws after the map (labels, the overlay with the
// slide's title) stays at full resolution, and so does every still frame and every export.
#include <osg/Camera>
#include <osg/Switch>
#include <osg/Texture2D>
#include <osg/Uniform>
#include <osg/ref_ptr>

namespace wm::render {

class ReducedResolution {
public:
  /// The fraction of the window's pixels, each way, a flight's frames draw the map at.
  static constexpr double kFlightScale = 0.5;

  /// `map`: the subgraph drawn (the map scene, under the window's camera); `background`: the colour its texture
  /// is cleared to (the window's clear colour); `viewport`: the wm_viewport uniform (window pixels) the map's
  /// line shaders size lines by, kept at the window's size so that lines keep their width on screen.
  ReducedResolution(osg::Node* map, const osg::Vec4& background, osg::Uniform* viewport);

  /// The node to put where the map was: it draws the map directly at scale 1, else through the texture.
  osg::Node* node() const { return _switch.get(); }
  /// `scale` in (0, 1] of a `width` × `height` window (pixels): 1 draws the map directly; below, into a texture
  /// of ceil(scale × width) × ceil(scale × height) texels, stretched over the window with linear filtering.
  /// Levels of detail and raster blocks are those of the window's pixels (scene::ViewportScale). Call between
  /// frames, on the drawing thread.
  void set(double scale, int width, int height);
  /// Whether scale 1 draws through the texture too (a copy, pixel for pixel) rather than directly: presentation
  /// mode keeps the pass in use, so that the driver has compiled what it needs (llvmpipe compiles its shaders
  /// per target format) before the first flight's first frame. Takes effect at the next set().
  void setAlwaysThroughTexture(bool on) { _always = on; }
  double scale() const { return _scale; }
  /// Whether the map is drawn through the texture now (else directly).
  bool throughTexture() const { return _switch->getValue(1); }
  /// The size the map is drawn at now, in pixels (the window's at scale 1).
  int drawnWidth() const { return _drawnWidth; }
  int drawnHeight() const { return _drawnHeight; }

private:
  osg::ref_ptr<osg::Switch> _switch = new osg::Switch;
  osg::ref_ptr<osg::Camera> _toTexture;  ///< pre-render camera drawing the map into _texture
  osg::ref_ptr<osg::Texture2D> _texture;
  double _scale = 1;
  bool _always = false;
  int _drawnWidth = 0, _drawnHeight = 0;
};

}  // namespace wm::render
