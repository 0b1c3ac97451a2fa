#pragma once
// The ids and sizes the map's GLSL shares with C++, read from the one file both languages include:
// shaders/map_constants.glsl (its folder is on wm_scene's include path). Checked here against domain's enums, so
// a new status, pattern or shape that the shaders do not know fails the build instead of drawing wrongly.
#include "domain/kind.hpp"
#include "domain/map_style.hpp"

namespace wm::scene::glsl {
using uint = unsigned int;  // GLSL's name for it
#include "map_constants.glsl"
}  // namespace wm::scene::glsl

namespace wm::scene {

static_assert(glsl::kKindCount == domain::kKindCount);
static_assert(glsl::kStatusCount == domain::kStatusCount);
static_assert(glsl::kStatusPlanned == static_cast<int>(domain::Status::Planned) &&
              glsl::kStatusUnderConstruction == static_cast<int>(domain::Status::UnderConstruction) &&
              glsl::kStatusCompleted == static_cast<int>(domain::Status::Completed) &&
              glsl::kStatusSuspended == static_cast<int>(domain::Status::Suspended));
static_assert(glsl::kStatusUnderConstruction == static_cast<int>(domain::RecordedStatus::UnderConstruction) &&
              glsl::kStatusCompleted == static_cast<int>(domain::RecordedStatus::Completed) &&
              glsl::kStatusSuspended == static_cast<int>(domain::RecordedStatus::Suspended));
static_assert(domain::kLinePatternCount == 6 && glsl::kLineSolid == static_cast<int>(domain::LinePattern::Solid) &&
              glsl::kLineDashed == static_cast<int>(domain::LinePattern::Dashed) &&
              glsl::kLineDotted == static_cast<int>(domain::LinePattern::Dotted) &&
              glsl::kLineDashDot == static_cast<int>(domain::LinePattern::DashDot) &&
              glsl::kLineLongDash == static_cast<int>(domain::LinePattern::LongDash) &&
              glsl::kLineRailTies == static_cast<int>(domain::LinePattern::RailTies));
static_assert(domain::kFillPatternCount == 6 && glsl::kFillSolid == static_cast<int>(domain::FillPattern::Solid) &&
              glsl::kFillDiagonal == static_cast<int>(domain::FillPattern::DiagonalHatch) &&
              glsl::kFillBackDiagonal == static_cast<int>(domain::FillPattern::BackDiagonalHatch) &&
              glsl::kFillCrossHatch == static_cast<int>(domain::FillPattern::CrossHatch) &&
              glsl::kFillDots == static_cast<int>(domain::FillPattern::Dots) &&
              glsl::kFillHorizontalLines == static_cast<int>(domain::FillPattern::HorizontalLines));
static_assert(domain::kMarkerShapeCount == 9 && glsl::kMarkerCircle == static_cast<int>(domain::MarkerShape::Circle) &&
              glsl::kMarkerSquare == static_cast<int>(domain::MarkerShape::Square) &&
              glsl::kMarkerTriangle == static_cast<int>(domain::MarkerShape::Triangle) &&
              glsl::kMarkerTriangleDown == static_cast<int>(domain::MarkerShape::TriangleDown) &&
              glsl::kMarkerDiamond == static_cast<int>(domain::MarkerShape::Diamond) &&
              glsl::kMarkerRing == static_cast<int>(domain::MarkerShape::Ring) &&
              glsl::kMarkerPlus == static_cast<int>(domain::MarkerShape::Plus) &&
              glsl::kMarkerCross == static_cast<int>(domain::MarkerShape::Cross) &&
              glsl::kMarkerStar == static_cast<int>(domain::MarkerShape::Star));

}  // namespace wm::scene
