// The ids and sizes the map's shaders share with C++: included as text by map_shared.glsl and status.glsl, and
// as C++ by src/scene/shader_constants.hpp, which checks them against domain's enums at compile time. Only
// `const int` and `const uint` lines and comments, valid in both languages; no #version (it is included).

// WM_MODE, what a drawable is (a define per drawable, scene::kDefineMode).
const int kModeFill = 0;
const int kModeLine = 1;
const int kModePoint = 2;
const int kModeCoverage = 3;

// Statuses at a date (domain::Status); a recorded status (domain::RecordedStatus) uses the same four.
const int kStatusPlanned = 0;
const int kStatusUnderConstruction = 1;
const int kStatusCompleted = 2;
const int kStatusSuspended = 3;
const int kStatusCount = 4;
const int kKindCount = 10;  // domain::kKindCount: wm_kindWidthM, wm_kindFill

// Line patterns (domain::LinePattern).
const int kLineSolid = 0;
const int kLineDashed = 1;
const int kLineDotted = 2;
const int kLineDashDot = 3;
const int kLineLongDash = 4;
const int kLineRailTies = 5;

// Fill patterns (domain::FillPattern).
const int kFillSolid = 0;
const int kFillDiagonal = 1;
const int kFillBackDiagonal = 2;
const int kFillCrossHatch = 3;
const int kFillDots = 4;
const int kFillHorizontalLines = 5;

// Marker shapes (domain::MarkerShape).
const int kMarkerCircle = 0;
const int kMarkerSquare = 1;
const int kMarkerTriangle = 2;
const int kMarkerTriangleDown = 3;
const int kMarkerDiamond = 4;
const int kMarkerRing = 5;
const int kMarkerPlus = 6;
const int kMarkerCross = 7;
const int kMarkerStar = 8;

// Flags of a vertex's a_feature.w (scene/vertex_layout.hpp): the dates a project has, and a polygon's outline.
const int kHasStart = 1;
const int kHasPlan = 2;
const int kHasDone = 4;
const int kOutline = 8;

// Array sizes of per-drawable and per-layer uniforms.
const int kMaxClassColors = 8;      // wm_classColors, wm_classWidthM
const int kMaxLayerOpacities = 32;  // wm_layerOpacity

// Coverage rasters (scene/coverage_raster.hpp): a block's texels a side, and a texel's bits.
const int kCoverageBlock = 256;
const int kProjectsTextureWidth = 4096;  // project i is texel (i mod this, i / this) of wm_projects
const uint kCoverageIndexMask = 0x3fffffffu;  // project index + 1
const uint kCoverageOutline = 0x80000000u;    // a polygon's outline (drawn a shade darker)
const uint kCoverageEdge = 0x40000000u;       // the outer part of a line (overdue casing)
