#pragma once
// The one translation table: every user-facing sentence of WorksMap, in English and Simplified Chinese.
// Messages are fmt format strings with positional arguments ({0}, {1}, ...).
#include <string>
#include <string_view>
#include <vector>

#include <fmt/args.h>
#include <fmt/format.h>

namespace wm::core {

enum class Lang { En, Zh };

/// zh when LC_ALL, LC_MESSAGES or LANG (first one set) starts with "zh", else en. WORKSMAP_LANG=en|zh wins.
Lang langFromEnvironment();

enum class Msg {
  // Diagnostic framing
  WhereFileLayerFeature,
  WhereFileLayer,
  WhereFile,
  SeverityError,
  SeverityWarning,
  SeverityInfo,
  // Sources and files
  SourceNotFound,
  SourceUnreadable,
  ZipWithoutShapefile,
  DirectoryWithoutData,
  MissingShx,
  MissingDbf,
  LayerUnreadable,
  EmptyLayer,
  // Ledgers (台账) and file geodatabases
  LedgerWithoutHeader,
  LedgerSheetWithoutHeader,
  LedgerTotalRowsSkipped,
  LedgerMonthOnlyDates,
  LedgerJoined,
  LedgerRowNotJoined,
  LedgerJoinLayerNotFound,
  // CRS
  CrsInferred,
  CrsUnknown,
  CrsInvalid,
  CrsTransformFailed,
  WorkingCrsChosen,
  // Web-map coordinates (GCJ-02 / BD-09)
  WebDatumFromWorkspace,
  WebDatumFromHint,
  WebDatumOffsetSuspected,
  // Encoding
  EncodingFromCpg,
  EncodingFromLdid,
  EncodingDetected,
  EncodingFromWorkspace,
  EncodingOfFormat,
  EncodingCpgMismatch,
  EncodingUndetermined,
  // Geometry
  NullGeometry,
  EmptyGeometry,
  AbsurdCoordinates,
  CorruptFeature,
  ReadStoppedEarly,
  InvalidGeometry,
  UnsupportedGeometry,
  // Attributes
  UnparseableDate,
  ImpossibleDate,
  ImplausibleDate,
  UnknownKind,
  UnknownStatus,
  MissingName,
  ProgressOutOfRange,
  NegativeValue,
  // Checks on dates and status (design §3)
  CompletionBeforeStart,
  CompletedWithoutDate,
  StartedWithoutDate,
  CompletionInFuture,
  StatusContradictsDates,
  OutsideDistricts,
  UnknownDistrict,
  DuplicateName,
  FeatureLocation,
  NoDistrictLayer,
  // Workspace file
  WorkspaceSyntax,
  WorkspaceUnknownKey,
  WorkspaceMissingKey,
  WorkspaceLayerNotFound,
  WorkspaceColumnNotFound,
  WorkspaceUnreadable,
  WorkspaceNotUtf8,
  WorkspaceNotText,
  WorkspaceNotBool,
  WorkspaceNotTextList,
  WorkspaceNotSection,
  WorkspaceBadChoice,
  WorkspaceUnknownField,
  WorkspaceDuplicateField,
  WorkspaceBadDate,
  WorkspaceHintFullWidth,
  WorkspaceHintQuoteKey,
  // Command line
  CliDescription,
  CliSources,
  CliReport,
  CliCheck,
  CliAsOf,
  CliFrom,
  CliTo,
  CliYear,
  CliBy,
  CliFormat,
  CliOutput,
  CliBadDate,
  CliConflictingPeriod,
  CliNoData,
  CliCannotWrite,
  CliExitCodes,
  ViewerNoWindow,
  ViewerWindowTitle,
  ViewerButton3d,
  ViewerButton2d,
  ViewerHelp,
  CliRender,
  CliSize,
  CliView,
  CliDistrict,
  CliBadSize,
  CliUnknownDistrict,
  CliRenderFailed,
  CheckSummaryClean,
  CheckSummaryProblems,
  LayerSummary,
  LayerRoleWorks,
  LayerRoleDistricts,
  LayerRoleBase,
  // Report text
  ReportTitleAsOf,
  ReportTitlePeriod,
  ReportCountyTotal,
  ReportByDistrict,
  ReportSummaryHeading,
  ReportSummarySentence,
  ReportColDistrict,
  ReportColKind,
  ReportColTotal,
  ReportColOverdue,
  ReportColLengthKm,
  ReportColAreaM2,
  ReportColSpaces,
  ReportColCompletedLengthKm,
  ReportColCompletedAreaM2,
  ReportColCompletedSpaces,
  ReportColLate,
  ReportUnassigned,
  ReportAllDistricts,
  ReportFictionalNote,
  // Statuses
  StatusPlanned,
  StatusUnderConstruction,
  StatusCompleted,
  StatusSuspended,
  StatusUnknown,
  LegendOverdue,  ///< the map legend's row for overdue works (a status-like word, lower case like the statuses)
  // Kinds
  KindRoad,
  KindPark,
  KindParking,
  KindSewer,
  KindRenovation,
  KindWaterMain,
  KindSewageStation,
  KindSiren,
  KindBuildingSite,
  KindOther,
  // Map styles
  StyleBadColour,
  StyleBadNumber,
  StyleFileUnreadable,
  StyleDefaultMissing,
  WorkspaceStyleUnreadable,
  // Terrain and basemap
  DemUnreadable,
  BasemapUnreadable,
  RasterNoCrs,
  RasterOutsideData,
  RasterWarpFailed,
  DemAllNodata,
  DemNodataFilled,
  RasterReduced,
  // Labels
  LabelsNoFont,
  // The planner's desk (ImGui panels; window titles keep a stable ImGui id after ###, so the remembered layout
  // does not depend on the language)
  UiLegend,
  UiLayers,
  UiLayerVisible,
  UiLayerOpacity,
  UiLayerOrderHint,
  UiLayerUp,
  UiLayerDown,
  UiLayerDetails,
  UiLayerProblems,
  UiLayerNoProblems,
  UiLayerCrsInferred,
  UiFilters,
  UiTimeline,
  UiLanguageToggle,
  UiPanels,
  UiKinds,
  UiStatuses,
  UiDistrict,
  UiOverdueOnly,
  UiSearch,
  UiSearchHint,
  UiSearchNoMatch,
  UiSearchMore,
  UiShowAll,
  UiLegendHint,
  UiAsOf,
  UiDayBack,
  UiDayOn,
  UiMonthBack,
  UiMonthOn,
  UiToday,
  UiNoWorks,
  UiFontMissing,
  UiInspector,
  UiInspectorHint,
  UiFieldName,
  UiFieldRecorded,
  UiFieldStatusAt,
  UiFieldStart,
  UiFieldPlanDone,
  UiFieldDone,
  UiFieldSchedule,
  UiScheduleOverdue,
  UiScheduleLate,
  UiScheduleOnTime,
  UiFieldProgress,
  UiFieldInvest,
  UiFieldLength,
  UiFieldArea,
  UiFieldLayer,
  UiFieldFeature,
  UiNotRecorded,
  UiClearSelection,
  UiZoomTo,
  UiDistricts,
  UiColRoadKm,
  UiColSewerKm,
  UiColParkM2,
  UiColSpaces,
  UiColShare,
  UiDistrictsHint,
  UiCopyCsv,
  UiCopied,
  UiSaveReport,
  UiSavePathHint,
  UiOverwrite,
  UiSaved,
  UiSaveExists,
  UiSaveBadName,
  UiSaveNoFolder,
  UiSaveFailed,
  UiStatusBar,
  UiCursorOff,
  UiCursorWorking,
  UiCursorLonLat,
  UiScale,
  UiCrs,
  // Loading, and the problems panel
  UiLoadingTitle,
  UiLoadingFinding,
  UiLoadingLayers,
  UiLoadingBuilding,
  UiLoadingElapsed,
  UiLoadingReading,
  UiLoadingReadingCount,
  UiLoadingReprojecting,
  UiLoadingDone,
  UiLoadingNothing,
  UiProblems,
  UiProblemsSummary,
  UiProblemsNone,
  UiProblemsHint,
  UiProblemsShown,
  UiProblemsFilterHint,
  UiPlay,
  UiPause,
  UiSpeedDay,
  UiSpeedWeek,
  UiSpeedMonth,
  UiSpeedQuarter,
  UiPeriod,
  UiPeriodFrom,
  UiPeriodTo,
  UiPeriodHint,
  LegendLate,
  // The Measure tool
  UiMeasure,
  UiMeasureOff,
  UiMeasureDistance,
  UiMeasureArea,
  UiMeasureHint,
  UiMeasureChooseMode,
  UiMeasureTotal,
  UiMeasureLastSegment,
  UiMeasurePerimeter,
  UiMeasurePoints,
  UiMeasureMu,
  UiMeasureNeedThree,
  UiMeasureGeodesic,
  UiMeasurePlanar,
  UiMeasureFinished,
  UiMeasureClear,
  Count_  // keep last
};

/// The format string of a message in a language (never empty; a test checks both languages).
std::string_view text(Msg msg, Lang lang);
/// The stable identifier of a message ("MissingShx"), used in JSON output and tests.
std::string_view key(Msg msg);

/// Formats a message with positional arguments.
template <typename... Args>
std::string tr(Lang lang, Msg msg, const Args&... args) {
  return fmt::format(fmt::runtime(text(msg, lang)), args...);
}

/// Formats a message with arguments kept as strings (as diagnostics store them). An argument made by msgArg
/// is translated into `lang` first.
std::string trArgs(Lang lang, Msg msg, const std::vector<std::string>& args);

/// A message argument that is itself a message (a status name, a feature location), for diagnostics: their
/// arguments are strings fixed when the problem is found, but they print later in either language, so a
/// translated phrase is stored as a reference (a 0x1E byte, the message key, then each plain-text argument
/// after a 0x1F byte) that trArgs expands. The inner arguments must be plain text, not msgArg again.
std::string msgArg(Msg msg, const std::vector<std::string>& args = {});

/// How a layer's text encoding was decided, as the loader records it ("cpg", "ldid:0x4D", "detected",
/// "workspace", "format"), as a phrase in `lang`.
std::string encodingHowPhrase(const std::string& how, Lang lang);

/// One stored argument as readable text in `lang`: a msgArg translated, any other text as it is (for
/// writers that print diagnostic arguments one by one, such as JSON output).
std::string argText(std::string_view arg, Lang lang);

}  // namespace wm::core
