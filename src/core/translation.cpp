#include "core/translation.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <optional>

namespace wm::core {
namespace {

struct Entry {
  Msg msg;
  const char* key;
  const char* en;
  const char* zh;
};

#define WM_MSG(id, en, zh) \
  Entry { Msg::id, #id, en, zh }

// clang-format off
constexpr std::array kTable{
  WM_MSG(WhereFileLayerFeature, "{0}: layer {1}, feature {2}: {3}", "{0}：图层 {1}，要素 {2}：{3}"),
  WM_MSG(WhereFileLayer, "{0}: layer {1}: {2}", "{0}：图层 {1}：{2}"),
  WM_MSG(WhereFile, "{0}: {1}", "{0}：{1}"),
  WM_MSG(SeverityError, "error", "错误"),
  WM_MSG(SeverityWarning, "warning", "警告"),
  WM_MSG(SeverityInfo, "note", "提示"),

  WM_MSG(SourceNotFound, "no such file or directory", "文件或目录不存在"),
  WM_MSG(SourceUnreadable, "cannot be opened as vector data: {0}", "无法作为矢量数据打开：{0}"),
  WM_MSG(ZipWithoutShapefile, "the zip archive contains no shapefile or other vector data", "压缩包中没有 shapefile 或其他矢量数据"),
  WM_MSG(DirectoryWithoutData, "the directory contains no vector data", "目录中没有矢量数据"),
  WM_MSG(SourceIsTileSet, "is a map tile set (a basemap), not vector data: name it as the basemap of a workspace file (basemap = \"…\")", "是地图瓦片集（底图），不是矢量数据：请在工作空间文件中作为底图指定（basemap = \"…\"）"),
  WM_MSG(MissingShx, "the .shx index is missing; it was rebuilt in memory (no file was written)", "缺少 .shx 索引文件，已在内存中重建（未写入任何文件）"),
  WM_MSG(MissingDbf, "the .dbf attribute table is missing; the layer is loaded without attributes", "缺少 .dbf 属性表，图层已加载但没有属性"),
  WM_MSG(LayerUnreadable, "the layer cannot be read: {0}", "图层无法读取：{0}"),
  WM_MSG(EmptyLayer, "the layer has no features", "图层中没有要素"),
  WM_MSG(LedgerWithoutHeader, "no sheet has a header row naming the project columns (项目名称, 状态, 开工时间 …); not read as a ledger", "没有任何工作表含有列出项目字段（项目名称、状态、开工时间等）的表头行，未能作为台账读取"),
  WM_MSG(LedgerSheetWithoutHeader, "the sheet has no header row naming project columns; left out", "该工作表没有列出项目字段的表头行，已忽略"),
  WM_MSG(LedgerTotalRowsSkipped, "{0} total rows (合计/小计) left out", "已忽略 {0} 行合计/小计"),
  WM_MSG(LedgerMonthOnlyDates, "column {0}: {1} dates give only the month (e.g. '{2}'); read as the month's last day", "字段 {0}：{1} 个日期只写到月份（如“{2}”），按该月最后一天处理"),
  WM_MSG(LedgerJoined, "{0} of {1} rows placed on the map with the geometry of layer {2}", "{1} 行中有 {0} 行按图层 {2} 的几何图形显示在地图上"),
  WM_MSG(LedgerRowNotJoined, "'{0}' has no match in layer {1}; counted in reports but not on the map", "“{0}”在图层 {1} 中没有匹配项；计入报表，但不在地图上显示"),
  WM_MSG(LedgerJoinLayerNotFound, "join_layer '{0}' is not among the loaded layers; the ledger has no geometry", "join_layer“{0}”不在已加载的图层中；台账没有几何图形"),
  WM_MSG(LedgerFormatUnsupported, "{0} spreadsheets cannot be read here: this computer's GDAL has no {1} driver; open the file in Excel or WPS, save it as .xlsx and open that", "无法读取 {0} 格式的表格：本机的 GDAL 没有 {1} 驱动；请用 Excel 或 WPS 打开该文件，另存为 .xlsx 后再打开"),

  WM_MSG(CrsInferred, "no CRS (missing .prj?); assumed {0} from the coordinate range", "没有坐标系（缺少 .prj？），根据坐标范围推断为 {0}"),
  WM_MSG(CrsUnknown, "no CRS that places it on the earth (coordinates {0}: neither longitude/latitude nor Gauss-Kruger with a zone prefix), so it cannot be placed relative to the other layers; set crs for this layer in the workspace (layer skipped)", "没有能将其定位到地球上的坐标系（坐标 {0}：既不是经纬度，也不是带带号的高斯-克吕格坐标），无法与其他图层叠加；请在工作空间中为该图层设置 crs（图层已跳过）"),
  WM_MSG(CrsLocalPlane, "no CRS that places it on the earth (coordinates {0}: neither longitude/latitude nor Gauss-Kruger with a zone prefix): shown in a plane of its own; the coordinates' unit is unknown and taken to be metres, lengths and areas planar; set crs for this layer in the workspace to place it", "没有能将其定位到地球上的坐标系（坐标 {0}：既不是经纬度，也不是带带号的高斯-克吕格坐标）：按其自身平面显示；坐标单位未知，按米处理，长度和面积为平面量算值；在工作空间中为该图层设置 crs 即可定位"),
  WM_MSG(CrsLocalCrsPlane, "its CRS '{1}' is a local one that does not place it on the earth (coordinates {0}): shown in a plane of its own, its coordinates in {2} converted to metres (1 {2} = {3} m), lengths and areas planar; set crs for this layer in the workspace to place it", "其坐标系“{1}”为局部坐标系，无法定位到地球上（坐标 {0}）：按其自身平面显示，坐标单位 {2} 已换算为米（1 {2} = {3} 米），长度和面积为平面量算值；在工作空间中为该图层设置 crs 即可定位"),
  WM_MSG(CrsLocalPlaneLabel, "local plane (no CRS)", "自身平面（无坐标系）"),
  WM_MSG(CrsInvalid, "CRS '{0}' is not understood: {1}", "无法识别坐标系“{0}”：{1}"),
  WM_MSG(WorkingCrsNotMetres, "the working CRS '{0}' has its coordinates in {1}, but the map is drawn, scaled and measured in metres: the CRS chosen from the data is used instead", "工作坐标系“{0}”的坐标单位为 {1}，而地图按米绘制、标注比例尺和量算：改用根据数据选定的坐标系"),
  WM_MSG(CrsTransformFailed, "no transformation from {0} to {1}: {2} (layer skipped)", "无法从 {0} 转换到 {1}：{2}（图层已跳过）"),
  WM_MSG(WorkingCrsChosen, "working CRS: {0}", "工作坐标系：{0}"),

  WM_MSG(WebDatumFromWorkspace, "converted from {0} web-map coordinates to WGS 84/CGCS2000 (datum set in the workspace)", "已从 {0} 网络地图坐标转换为 WGS 84/CGCS2000（工作空间中设置了 datum）"),
  WM_MSG(WebDatumFromHint, "the name says '{1}': taken as {0} web-map coordinates and converted to WGS 84/CGCS2000 (set datum = \"none\" in the workspace if wrong)", "名称中含“{1}”：按 {0} 网络地图坐标处理，已转换为 WGS 84/CGCS2000（如不正确，请在工作空间中设置 datum = \"none\"）"),
  WM_MSG(WebDatumOffsetSuspected, "this layer lies about {0} m from layer {1}, as data digitised on a web map would: converted back from {4}, {2} of its vertices lie on layer {1} ({3} as it is); if it was digitised on Amap/Tencent (gcj02) or Baidu (bd09) maps, set datum = \"{4}\" for it in the workspace", "该图层与图层 {1} 相差约 {0} 米，与在网络地图上采集的数据一致：按 {4} 反向转换后，{2} 的节点落在图层 {1} 上（原位置为 {3}）；如果它是在高德/腾讯（gcj02）或百度（bd09）地图上采集的，请在工作空间中为它设置 datum = \"{4}\""),

  WM_MSG(EncodingFromCpg, "from .cpg", "来自 .cpg 文件"),
  WM_MSG(EncodingFromLdid, "from the DBF language driver id {0}", "来自 DBF 语言驱动标识 {0}"),
  WM_MSG(EncodingDetected, "detected", "自动检测"),
  WM_MSG(EncodingFromWorkspace, "set in the workspace", "工作空间中指定"),
  WM_MSG(EncodingOfFormat, "defined by the format", "由数据格式规定"),
  WM_MSG(EncodingCpgMismatch, "the encoding declared as {0} does not fit the text; decoded as {1} instead", "声明的编码 {0} 与文字内容不符，已改用 {1} 解码"),
  WM_MSG(EncodingUndetermined, "the text encoding could not be determined; decoded as ISO-8859-1 (set encoding in the workspace)", "无法确定文字编码，已按 ISO-8859-1 解码（请在工作空间中设置 encoding）"),

  WM_MSG(NullGeometry, "no geometry; skipped", "没有几何图形，已跳过"),
  WM_MSG(EmptyGeometry, "empty geometry; skipped", "几何图形为空，已跳过"),
  WM_MSG(AbsurdCoordinates, "coordinates out of range ({0}, {1}); skipped", "坐标超出合理范围（{0}, {1}），已跳过"),
  WM_MSG(CorruptFeature, "unreadable feature: {0}", "要素无法读取：{0}"),
  WM_MSG(ReadStoppedEarly, "reading stopped after {0} of {1} features: {2}", "读取 {1} 个要素中的 {0} 个后中止：{2}"),
  WM_MSG(InvalidGeometry, "invalid polygon ({0}); shown as it is", "多边形无效（{0}），按原样显示"),
  WM_MSG(UnsupportedGeometry, "geometry type {0} is not supported; skipped", "不支持的几何类型 {0}，已跳过"),

  WM_MSG(UnparseableDate, "field {0}: '{1}' is not a date (use YYYY-MM-DD)", "字段 {0}：“{1}”不是日期（应为 YYYY-MM-DD）"),
  WM_MSG(ImpossibleDate, "field {0}: '{1}' is not a real calendar day", "字段 {0}：“{1}”不是真实存在的日期"),
  WM_MSG(ImplausibleDate, "field {0}: {1} is outside 1949-2100", "字段 {0}：{1} 不在 1949–2100 年之间"),
  WM_MSG(UnknownKind, "unknown project kind '{0}' (shown as is)", "未知项目类型“{0}”（按原样显示）"),
  WM_MSG(UnknownStatus, "unknown status '{0}' (status taken from the dates)", "未知状态“{0}”（按日期判断状态）"),
  WM_MSG(MissingName, "the project has no name", "项目没有名称"),
  WM_MSG(ProgressOutOfRange, "progress {0} is outside 0-100", "进度 {0} 不在 0–100 之间"),
  WM_MSG(NegativeValue, "field {0}: negative value {1}", "字段 {0}：数值为负 {1}"),

  WM_MSG(CompletionBeforeStart, "'{0}': completion date {1} is before the start date {2}", "“{0}”：完工日期 {1} 早于开工日期 {2}"),
  WM_MSG(CompletedWithoutDate, "'{0}': recorded as completed but has no completion date", "“{0}”：记录为已完工，但没有完工日期"),
  WM_MSG(StartedWithoutDate, "'{0}': recorded as {1} but has no start date", "“{0}”：记录为{1}，但没有开工日期"),
  WM_MSG(CompletionInFuture, "'{0}': completion date {1} is in the future", "“{0}”：完工日期 {1} 晚于今天"),
  WM_MSG(StatusContradictsDates, "'{0}': recorded status is {1} but its dates make it {2} as of {3}", "“{0}”：记录状态为{1}，但按日期截至 {3} 应为{2}"),
  WM_MSG(OutsideDistricts, "'{0}': not inside any district", "“{0}”：不在任何片区范围内"),
  WM_MSG(UnknownDistrict, "'{0}': district '{1}' is not in the district layer", "“{0}”：片区“{1}”不在片区图层中"),
  WM_MSG(DuplicateName, "'{0}': the same name is used by {1}", "“{0}”：与 {1} 重名"),
  WM_MSG(FeatureLocation, "{0}, layer {1}, feature {2}", "{0}，图层 {1}，要素 {2}"),
  WM_MSG(NoDistrictLayer, "no district layer (a polygon layer named like 片区, 乡镇界, 街道, 区县界, 行政区, 村界, XZQ or districts, with a name field such as NAME, 名称 or XZQMC); all projects without a district attribute are unassigned", "没有片区图层（名称含 片区、乡镇界、街道、区县界、行政区、村界、XZQ 或 districts，且带 NAME、名称、XZQMC 等名称字段的面图层），没有片区属性的项目均计为未分配"),
  WM_MSG(DistrictLayerChosen, "district layer: {0} ({1} districts, {2} of the works inside); other admin layers drawn as base layers: {3}", "片区图层：{0}（{1} 个片区，{2} 的项目位于其中）；其他行政区划图层按底图显示：{3}"),
  WM_MSG(DistrictLayerCoversFewWorks, "district layer {0}: only {1} of the works with a place lie inside its polygons; the others count as unassigned (is it the admin layer of these works, and do both share a CRS?)", "片区图层 {0}：有位置的项目中只有 {1} 位于其范围内，其余计为未分配（它是否是这些项目所在的行政区划图层？两者坐标系是否一致？）"),
  WM_MSG(NoWorksLayer, "no works layer was found: a layer is taken as works when it has a status column (status/状态), when it is a ledger (台账) of projects, or when the workspace gives it role = \"works\"", "没有找到项目图层：带状态字段（status/状态）的图层、项目台账，或工作空间中设为 role = \"works\" 的图层才作为项目图层"),
  WM_MSG(CrsAssumedWgs84, "no CRS (missing .prj?); the coordinates are longitude and latitude outside China: taken as WGS 84 (EPSG:4326)", "没有坐标系（缺少 .prj？）；坐标为中国以外的经纬度：按 WGS 84（EPSG:4326）处理"),

  WM_MSG(WorkspaceSyntax, "{0}:{1}: syntax error: {2}", "{0}:{1}：语法错误：{2}"),
  WM_MSG(WorkspaceUnknownKey, "{0}:{1}: unknown key '{2}'", "{0}:{1}：未知的键“{2}”"),
  WM_MSG(WorkspaceMissingKey, "{0}:{1}: '{2}' is required here", "{0}:{1}：此处必须提供“{2}”"),
  WM_MSG(WorkspaceLayerNotFound, "{0}:{1}: layer '{2}' was not found in {3}", "{0}:{1}：在 {3} 中找不到图层“{2}”"),
  WM_MSG(WorkspaceColumnNotFound, "{0}:{1}: column '{2}' (for {3}) is not in layer {4}", "{0}:{1}：图层 {4} 中没有字段“{2}”（对应 {3}）"),
  WM_MSG(WorkspaceUnreadable, "the workspace file cannot be read", "无法读取工作空间文件"),
  WM_MSG(WorkspaceNotUtf8, "{0}:{1}: the file is not saved as UTF-8 (perhaps GBK/ANSI); save it again as UTF-8", "{0}:{1}：文件不是 UTF-8 编码（可能是 GBK/ANSI），请另存为 UTF-8"),
  WM_MSG(WorkspaceNotText, "{0}:{1}: '{2}' must be text in quotes", "{0}:{1}：“{2}”应为用引号括起的文字"),
  WM_MSG(WorkspaceNotBool, "{0}:{1}: '{2}' must be true or false", "{0}:{1}：“{2}”应为 true 或 false"),
  WM_MSG(WorkspaceNotTextList, "{0}:{1}: '{2}' must be a list of texts, like [\"a\", \"b\"]", "{0}:{1}：“{2}”应为文字列表，如 [\"a\", \"b\"]"),
  WM_MSG(WorkspaceNotSection, "{0}:{1}: '{2}' must be written as a {3} section", "{0}:{1}：“{2}”应写成 {3} 节"),
  WM_MSG(WorkspaceBadChoice, "{0}:{1}: '{2}' cannot be '{3}'; use one of: {4}", "{0}:{1}：“{2}”不能为“{3}”，可选：{4}"),
  WM_MSG(WorkspaceUnknownField, "{0}:{1}: '{2}' is not a works field; use one of: {3}", "{0}:{1}：“{2}”不是项目字段，可选：{3}"),
  WM_MSG(WorkspaceDuplicateField, "{0}:{1}: works field '{2}' is mapped more than once", "{0}:{1}：项目字段“{2}”被重复映射"),
  WM_MSG(WorkspaceBadDate, "{0}:{1}: '{2}' must be a date like 2024-06-30, not '{3}'", "{0}:{1}：“{2}”应为日期（如 2024-06-30），而不是“{3}”"),
  WM_MSG(WorkspaceBadCenter, "{0}:{1}: '{2}' must be two numbers, longitude and latitude in degrees, like [114.05, 29.02]", "{0}:{1}：“{2}”应为两个数（经度、纬度，单位为度），如 [114.05, 29.02]"),
  WM_MSG(WorkspaceBadPeriod, "{0}:{1}: a slide's period needs both 'from' and 'to', the first not after the second", "{0}:{1}：幻灯片的时段需同时给出“from”和“to”，且前者不晚于后者"),
  WM_MSG(SlideUnknownLayer, "{0}:{1}: slide {2} shows layer '{3}', which is not among the loaded layers", "{0}:{1}：第 {2} 张幻灯片显示的图层“{3}”不在已加载的图层中"),
  WM_MSG(SlideUnknownDistrict, "{0}:{1}: slide {2} highlights district '{3}', which has no boundary in the data", "{0}:{1}：第 {2} 张幻灯片突出显示的片区“{3}”在数据中没有边界"),
  WM_MSG(SlideUnknownProject, "{0}:{1}: slide {2} selects project '{3}', which is not in the data", "{0}:{1}：第 {2} 张幻灯片选中的项目“{3}”不在数据中"),
  WM_MSG(SlideDistrictFiguresWithoutDistrict, "{0}:{1}: slide {2} shows the district's figures but highlights no district", "{0}:{1}：第 {2} 张幻灯片显示片区数据，但没有指定片区"),
  WM_MSG(WorkspaceHintFullWidth, "{0}:{1}: the full-width {2} was typed in Chinese input mode; use half-width \" ' = , [ ] instead", "{0}:{1}：全角符号 {2} 是在中文输入状态下输入的，请改用半角的 \" ' = , [ ]"),
  WM_MSG(WorkspaceHintQuoteKey, "{0}:{1}: a Chinese key must be in quotes, like \"开工日期\" = \"KGRQ\"", "{0}:{1}：中文键名必须加引号，如 \"开工日期\" = \"KGRQ\""),
  WM_MSG(WorkspaceSaveChanged, "was changed on disk after it was opened (by another program or person); the slides were not saved, so that change is not overwritten. Open the workspace again, or save the slides as a new workspace", "打开后已在磁盘上被修改（其他程序或他人所改）；为免覆盖该修改，幻灯片未保存。请重新打开工作空间，或将幻灯片另存为新的工作空间"),
  WM_MSG(WorkspaceSaveGone, "no longer exists (moved or deleted after it was opened); the slides were not saved", "已不存在（打开后被移动或删除），幻灯片未保存"),
  WM_MSG(WorkspaceSaveUnreadable, "cannot be read to check it before saving ({0}); nothing was changed", "保存前无法读取以进行核对（{0}），未做任何更改"),
  WM_MSG(WorkspaceSaveFailed, "cannot be written ({0}); nothing was changed", "无法写入（{0}），未做任何更改"),
  WM_MSG(WorkspaceSaveNotRewritable, "the slides cannot be written into this file without changing the rest of it (are they all written as [[slide]] tables?); nothing was changed. Save them as a new workspace instead", "无法在不改动文件其余部分的情况下写入幻灯片（是否都写成了 [[slide]] 节？），未做任何更改。请改为另存为新的工作空间"),
  WM_MSG(WorkspaceSaveExists, "already exists; nothing was changed", "已存在，未做任何更改"),
  WM_MSG(WorkspaceSaveBadName, "a workspace file's name must end in .toml, like 汇报.worksmap.toml; nothing was saved", "工作空间文件名必须以 .toml 结尾，如 汇报.worksmap.toml；未保存"),
  WM_MSG(SaveReasonNoPermission, "no permission to write in that folder", "没有该文件夹的写入权限"),
  WM_MSG(SaveReasonReadOnlyDisk, "the disk is read-only", "磁盘为只读"),
  WM_MSG(SaveReasonNoFolder, "the folder does not exist", "文件夹不存在"),
  WM_MSG(SaveReasonNotAFolder, "part of the path is a file, not a folder", "路径中有一部分是文件而不是文件夹"),
  WM_MSG(SaveReasonIsFolder, "a folder has that name", "已有同名的文件夹"),
  WM_MSG(SaveReasonDiskFull, "the disk is full", "磁盘已满"),

  WM_MSG(CliDescription, "WorksMap: the county public-works map (城建项目一张图)", "WorksMap：城建项目一张图"),
  WM_MSG(CliSources, "workspace file, data file, directory, zip or PG: connection string", "工作空间文件、数据文件、目录、zip 压缩包或 PG: 连接串"),
  WM_MSG(CliReport, "progress report by district and kind", "按片区和类型统计项目进度"),
  WM_MSG(CliCheck, "validate data; exit 0 clean, 1 problems found, 2 unreadable input", "检查数据；退出码 0 无问题，1 发现问题，2 输入无法读取"),
  WM_MSG(CliAsOf, "status as of this date (default: today)", "统计截至该日期的状态（默认今天）"),
  WM_MSG(CliFrom, "period start: count projects completed from this date", "统计期开始：统计自该日期起完工的项目"),
  WM_MSG(CliTo, "period end (inclusive)", "统计期结束（含当日）"),
  WM_MSG(CliYear, "the calendar year YYYY as the period", "以 YYYY 整年为统计期"),
  WM_MSG(CliBy, "rows by district (and kind) or by kind only", "按片区（及类型）或仅按类型分行"),
  WM_MSG(CliFormat, "output format", "输出格式"),
  WM_MSG(CliOutput, "write to this file instead of standard output", "写入该文件而不是标准输出"),
  WM_MSG(CliBadDate, "'{0}' is not a valid date for {1}", "“{0}”不是 {1} 的有效日期"),
  WM_MSG(CliConflictingPeriod, "--as-of cannot be combined with --from/--to/--year, and --from needs --to", "--as-of 不能与 --from/--to/--year 同时使用，且 --from 需要 --to"),
  WM_MSG(CliNoData, "no readable data in the given sources", "所给数据源中没有可读取的数据"),
  WM_MSG(CliCannotWrite, "cannot write {0}: {1}", "无法写入 {0}：{1}"),
  WM_MSG(CliExitCodes, "Exit codes: 0 success; 1 check found problems; 2 input unreadable (report still written from what was read); 3 invalid command line; 4 output could not be written; 5 cancelled (Ctrl+C or SIGTERM), nothing written.", "退出码：0 成功；1 检查发现问题；2 输入无法读取（报表仍按已读取的数据输出）；3 命令行参数无效；4 无法写入输出；5 已取消（Ctrl+C 或 SIGTERM），未写出任何文件。"),
  WM_MSG(ViewerNoWindow, "cannot open the map window: {0}", "无法打开地图窗口：{0}"),
  WM_MSG(ViewerWindowTitle, "WorksMap — {0}", "城建项目一张图 — {0}"),
  WM_MSG(ViewerButton3d, "3D", "三维"),
  WM_MSG(ViewerButton2d, "2D", "二维"),
  WM_MSG(ViewerHelp, "drag: pan · wheel: zoom · right drag: turn and tilt (3D) · V or the button: 2D/3D · Home: whole map · [ ]: as-of date (or the period) one month back/on · F11: full screen · F5: present the slides (Alt+F5: with your notes beside them; S shows or hides them) · Esc: leave full screen or the Measure tool (it never quits) · Ctrl+Q: quit", "拖动：平移 · 滚轮：缩放 · 右键拖动：旋转和俯仰（三维） · V 或按钮：二维/三维切换 · Home：全图 · [ ]：统计日期（或时段）前后一个月 · F11：全屏 · F5：放映幻灯片（Alt+F5：同时显示演讲者备注；S 键显示或隐藏备注） · Esc：退出全屏或测量（不会关闭程序） · Ctrl+Q：退出"),
  WM_MSG(UiQuitTitle, "Quit WorksMap", "退出城建项目一张图"),
  WM_MSG(UiQuitQuestion, "Quit now? This will be lost: {0}", "现在退出吗？以下内容将丢失：{0}"),
  WM_MSG(UiQuitConfirm, "Quit", "退出"),
  WM_MSG(UiQuitCancel, "Cancel", "取消"),
  WM_MSG(UiUnsavedMeasurement, "the measurement on the map", "地图上的测量结果"),
  WM_MSG(CliRender, "draw the map to a PNG image (offscreen)", "将地图绘制为 PNG 图片（离屏）"),
  WM_MSG(CliSize, "image size in pixels, WxH (up to 8192x8192)", "图片尺寸（像素），宽x高（最大 8192x8192）"),
  WM_MSG(CliView, "2d plan view or 3d view", "二维平面图或三维视图"),
  WM_MSG(CliDistrict, "zoom to this district", "缩放到该片区"),
  WM_MSG(CliBadSize, "'{0}' is not an image size like 1920x1080 (1 to 8192 each way)", "“{0}”不是有效的图片尺寸，应如 1920x1080（每边 1–8192）"),
  WM_MSG(CliUnknownDistrict, "no district named '{0}' with a boundary in the data", "数据中没有名为“{0}”且有边界的片区"),
  WM_MSG(CliRenderFailed, "the map could not be drawn: {0}", "无法绘制地图：{0}"),
  WM_MSG(CliSlide, "render this slide of the workspace (1 is the first), or 'all': OUT is then a folder of slide-01.png, slide-02.png, ...", "绘制工作空间的这张幻灯片（1 为第一张），或 all：此时 OUT 为文件夹，写出 slide-01.png、slide-02.png …"),
  WM_MSG(CliBadSlide, "--slide must be a slide number from 1 to {0} or 'all', not '{1}'", "--slide 应为 1 到 {0} 之间的幻灯片编号或 all，而不是“{1}”"),
  WM_MSG(CliNoSlides, "the sources have no slides: --slide and deck need a workspace file with [[slide]] sections", "数据源中没有幻灯片：--slide 和 deck 需要含 [[slide]] 节的工作空间文件"),
  WM_MSG(CliSlideWritten, "slide {0}/{1}: {2}", "幻灯片 {0}/{1}：{2}"),
  // Progress videos: `worksmap animate` and the Timeline's Export video
  WM_MSG(CliAnimate, "write a video (MP4) of the works turning green through a period, drawn offscreen", "将一段时期内工程逐步完工（变绿）的过程写成视频（MP4，离屏绘制）"),
  WM_MSG(CliAnimateOutput, "the video file to write (.mp4)", "要写出的视频文件（.mp4）"),
  WM_MSG(CliAnimateFrom, "the date of the video's first frame", "视频第一帧的日期"),
  WM_MSG(CliAnimateTo, "the date of the video's last frame", "视频最后一帧的日期"),
  WM_MSG(CliAnimateFps, "frames per second, 1 to 60 (default 25)", "每秒帧数，1–60（默认 25）"),
  WM_MSG(CliAnimateDaysPerSecond, "calendar days shown per second of video (default 30)", "每秒视频推进的天数（默认 30）"),
  WM_MSG(CliAnimateSize, "video size in pixels, WxH, even numbers up to 4096 (default 1280x720)", "视频尺寸（像素），宽x高，偶数，最大 4096（默认 1280x720）"),
  WM_MSG(CliFromAfterTo, "--from {0} is after --to {1}", "--from {0} 晚于 --to {1}"),
  WM_MSG(CliAnimateBadFps, "--fps {0}: give a whole number of frames per second from 1 to 60", "--fps {0}：每秒帧数应为 1–60 的整数"),
  WM_MSG(CliAnimateBadSpeed, "--days-per-second {0}: give a number of days above 0 and up to 3650", "--days-per-second {0}：天数应大于 0 且不超过 3650"),
  WM_MSG(CliAnimateBadSize, "'{0}' is not a video size like 1280x720 (even numbers, 16 to 4096 each way)", "“{0}”不是有效的视频尺寸，应如 1280x720（偶数，每边 16–4096）"),
  WM_MSG(CliAnimateNotMp4, "{0}: the video is written as MP4; give a file name ending in .mp4", "{0}：视频以 MP4 格式写出，文件名应以 .mp4 结尾"),
  WM_MSG(CliNoFolder, "cannot write {0}: the folder {1} does not exist or cannot be written to", "无法写入 {0}：文件夹 {1} 不存在或不可写"),
  WM_MSG(CliPngWriteFailed, "the PNG could not be written (is the disk full, or the file read-only?)", "PNG 图像写入失败（磁盘已满或文件只读？）"),
  WM_MSG(CliAnimateProgress, "frame {0} of {1} ({2})", "第 {0} 帧，共 {1} 帧（{2}）"),
  WM_MSG(CliAnimateWritten, "{0}: {1} frames, {2:.1f} s, {3}", "{0}：共 {1} 帧，{2:.1f} 秒，{3}"),
  WM_MSG(CliAnimateCancelled, "cancelled: {0} was not written", "已取消：未写出 {0}"),
  WM_MSG(CliAnimateFailed, "the video could not be written: {0}", "无法写出视频：{0}"),
  WM_MSG(UiExportVideo, "Export video…", "导出视频…"),
  WM_MSG(UiExportVideoTitle, "Export video", "导出视频"),
  WM_MSG(UiFileTypeMp4, "MP4 video (.mp4)", "MP4 视频（.mp4）"),
  WM_MSG(UiVideoBadName, "give a file name ending .mp4", "请输入以 .mp4 结尾的文件名"),
  WM_MSG(UiVideoFolderEmpty, "no folders or videos here", "此处没有文件夹或视频"),
  WM_MSG(UiVideoExporting, "Exporting {0}: frame {1} of {2}", "正在导出 {0}：第 {1} 帧，共 {2} 帧"),
  WM_MSG(UiVideoCancel, "Cancel export", "取消导出"),
  WM_MSG(UiVideoSaved, "Video saved: {0}", "视频已保存：{0}"),
  WM_MSG(UiVideoCancelled, "Export cancelled: nothing was written", "导出已取消：未写出任何文件"),
  WM_MSG(UiVideoFailed, "The video could not be written: {0}", "无法写出视频：{0}"),
  WM_MSG(CliDeck, "write the workspace's briefing as a PDF or a PowerPoint file (by -o's extension): a cover, then a page per slide", "将工作空间的汇报导出为 PDF 或 PowerPoint 文件（按 -o 的扩展名）：封面，以及每张幻灯片一页"),
  WM_MSG(CliDeckOutput, "the file to write: .pdf, or .pptx (opens in PowerPoint, WPS and LibreOffice)", "要写出的文件：.pdf，或 .pptx（可用 PowerPoint、WPS、LibreOffice 打开）"),
  WM_MSG(CliDeckPage, "page {0}/{1}: {2}", "第 {0}/{1} 页：{2}"),
  WM_MSG(CliDeckWritten, "{0}: {1} pages", "{0}：共 {1} 页"),
  WM_MSG(CliDeckFailed, "the PDF could not be written: {0}", "无法写出 PDF：{0}"),
  WM_MSG(DeckCoverHeading, "Works briefing", "城建项目汇报"),
  WM_MSG(SlideUntitled, "Slide {0}", "幻灯片 {0}"),
  WM_MSG(FiguresCounty, "County figures", "全县数据"),
  WM_MSG(FiguresDistrict, "{0}: figures", "{0}数据"),
  WM_MSG(FiguresColAmount, "Completed amount", "完成量"),
  WM_MSG(FiguresAmountKm, "{0} km", "{0} 公里"),
  WM_MSG(FiguresAmountM2, "{0} m²", "{0} ㎡"),
  WM_MSG(FiguresAmountSpaces, "{0} spaces", "{0} 个车位"),
  WM_MSG(CliDeckBadOutput, "-o must name a .pdf or .pptx file, not '{0}'", "-o 应为 .pdf 或 .pptx 文件，而不是“{0}”"),
  WM_MSG(CliDeckPptxFailed, "the PPTX could not be written: {0}", "无法写出 PPTX：{0}"),
  WM_MSG(CliAtlas, "write the progress-by-district book as a PDF: a county page with the district table, then a page per district with its map, figures and overdue works", "将分片区进度图册导出为 PDF：全县一页（含片区表），以及每个片区一页（地图、数据和逾期项目）"),
  WM_MSG(CliAtlasOutput, "the PDF file to write", "要写出的 PDF 文件"),
  WM_MSG(CliAtlasFailed, "the atlas could not be written: {0}", "无法写出图册：{0}"),
  WM_MSG(CliAtlasNoDistricts, "the sources have no districts: the atlas has the county page only", "数据源中没有片区：图册只有全县一页"),
  WM_MSG(AtlasHeading, "Works progress by district", "城建项目分片区进度"),
  WM_MSG(AtlasDistrictsHeading, "Districts", "各片区"),
  WM_MSG(AtlasContinued, "{0} (continued)", "{0}（续）"),
  WM_MSG(AtlasOverdueHeading, "Overdue works: {0}", "逾期项目：{0} 个"),
  WM_MSG(AtlasLateHeading, "Works completed late: {0}", "逾期完工项目：{0} 个"),
  WM_MSG(AtlasNoOverdue, "No works are overdue.", "没有逾期项目。"),
  WM_MSG(AtlasNoLate, "No works were completed late.", "没有逾期完工的项目。"),
  WM_MSG(AtlasNoBoundary, "{0} has no boundary in the data: the map shows the whole county", "数据中没有{0}的边界：地图显示全县"),
  WM_MSG(AtlasColProject, "Project", "项目名称"),
  WM_MSG(AtlasColPlanned, "Planned completion", "计划完工"),
  WM_MSG(AtlasColCompleted, "Completed on", "实际完工"),
  WM_MSG(AtlasColDaysOverdue, "Days overdue", "逾期天数"),
  WM_MSG(AtlasColDaysLate, "Days late", "延期天数"),
  WM_MSG(VersionFolder, "{0}: {1} ({2})", "{0}：{1}（{2}）"),
  WM_MSG(ResourceFromVariable, "set by ${0}", "由环境变量 ${0} 指定"),
  WM_MSG(ResourceInstalled, "installed", "安装目录"),
  WM_MSG(ResourceSourceTree, "source tree of a developer build", "开发版本的源代码目录"),
  WM_MSG(ResourceMissing, "not found", "未找到"),
  WM_MSG(ResourceShadersBuiltIn, "not found: the shaders built into the program are used",
         "未找到：使用程序内置的着色器"),
  WM_MSG(CheckSummaryClean, "{0} projects in {1} layers checked: no problems", "已检查 {1} 个图层中的 {0} 个项目：没有问题"),
  WM_MSG(CheckSummaryProblems, "{0} projects in {1} layers checked: {2} problems", "已检查 {1} 个图层中的 {0} 个项目：发现 {2} 个问题"),
  WM_MSG(LayerSummary, "{0}: layer {1} ({2}): {3} features read, {4} skipped; CRS {5}; text encoding {6} ({7})", "{0}：图层 {1}（{2}）：读取 {3} 个要素，跳过 {4} 个；坐标系 {5}；文字编码 {6}（{7}）"),
  WM_MSG(LayerRoleWorks, "works", "项目图层"),
  WM_MSG(LayerRoleDistricts, "districts", "片区图层"),
  WM_MSG(LayerRoleBase, "base map", "底图图层"),

  WM_MSG(ReportTitleAsOf, "Works progress as of {0}", "城建项目进度（截至 {0}）"),
  WM_MSG(ReportTitlePeriod, "Works completed from {0} to {1}", "{0} 至 {1} 完工项目"),
  WM_MSG(ReportCountyTotal, "County total", "全县合计"),
  WM_MSG(ReportByDistrict, "By district", "分片区"),
  WM_MSG(ReportSummaryHeading, "Summary", "综述"),
  WM_MSG(ReportSummarySentence, "{0} roads built or renovated ({1} km), {2} m² of new green space in {3} parks, {4} new parking spaces in {5} car parks, {6} km of sewer completed.", "新建改造城市道路 {0} 条（{1} 公里），新增城市休闲绿地 {2} ㎡（{3} 处游园），新增城区停车位 {4} 个（{5} 处停车场），完成城区污水管网 {6} 公里。"),
  WM_MSG(ReportColDistrict, "District", "片区"),
  WM_MSG(ReportColKind, "Kind", "类型"),
  WM_MSG(ReportColTotal, "Total", "合计"),
  WM_MSG(ReportColOverdue, "Overdue", "逾期"),
  WM_MSG(ReportColLengthKm, "Length (km)", "长度（公里）"),
  WM_MSG(ReportColAreaM2, "Area (m²)", "面积（㎡）"),
  WM_MSG(ReportColSpaces, "Parking spaces", "停车位"),
  WM_MSG(ReportColCompletedLengthKm, "Completed length (km)", "已完工长度（公里）"),
  WM_MSG(ReportColCompletedAreaM2, "Completed area (m²)", "已完工面积（㎡）"),
  WM_MSG(ReportColCompletedSpaces, "Completed spaces", "已完工车位"),
  WM_MSG(ReportColLate, "Completed late", "逾期完工"),
  WM_MSG(ReportUnassigned, "unassigned", "未分配"),
  WM_MSG(ReportAllDistricts, "all districts", "全部片区"),
  WM_MSG(ReportFictionalNote, "Data: {0}", "数据：{0}"),
  WM_MSG(ReportPlanarMeasures, "Lengths and areas are planar: no CRS places the data on the earth, so they were measured in its own plane, coordinates taken as metres.", "长度和面积为平面量算值：数据没有能将其定位到地球上的坐标系，按其自身平面量算，坐标按米处理。"),
  WM_MSG(XlsxSheetDistricts, "By district", "按片区"),
  WM_MSG(XlsxSheetKinds, "By kind", "按类型"),
  WM_MSG(XlsxSheetOverdue, "Overdue works", "逾期项目"),
  WM_MSG(XlsxSheetAbout, "About", "说明"),
  WM_MSG(XlsxColProject, "Project", "项目名称"),
  WM_MSG(XlsxColPlanned, "Planned completion (date)", "计划完工日期"),
  WM_MSG(XlsxColCompletedOn, "Completed on (date)", "实际完工日期"),
  WM_MSG(XlsxColDaysOverdue, "Days overdue (days)", "逾期天数（天）"),
  WM_MSG(XlsxColDaysLate, "Days late (days)", "延期完工天数（天）"),
  WM_MSG(XlsxAboutReport, "Report", "报表"),
  WM_MSG(XlsxAboutSource, "Source", "数据来源"),
  WM_MSG(XlsxNeedsOutput, "--format xlsx writes a binary workbook: name the file with -o FILE.xlsx", "--format xlsx 输出二进制工作簿，请用 -o 文件名.xlsx 指定输出文件"),

  WM_MSG(StatusPlanned, "planned", "规划"),
  WM_MSG(StatusUnderConstruction, "under construction", "在建"),
  WM_MSG(StatusCompleted, "completed", "已完工"),
  WM_MSG(StatusSuspended, "suspended", "停工"),
  WM_MSG(StatusUnknown, "unknown", "未知"),
  WM_MSG(LegendOverdue, "overdue", "逾期"),

  WM_MSG(KindRoad, "roads", "道路"),
  WM_MSG(KindPark, "pocket parks", "游园"),
  WM_MSG(KindParking, "parking", "停车场"),
  WM_MSG(KindSewer, "sewers", "污水管网"),
  WM_MSG(KindRenovation, "old-neighbourhood renovation", "老旧小区改造"),
  WM_MSG(KindWaterMain, "water mains", "供水主管"),
  WM_MSG(KindSewageStation, "township sewage stations", "乡镇污水设施"),
  WM_MSG(KindSiren, "air-raid sirens", "人防警报"),
  WM_MSG(KindBuildingSite, "supervised building sites", "在建工地"),
  WM_MSG(KindOther, "other", "其他"),

  // Map styles
  WM_MSG(StyleBadColour, "{0}:{1}: '{2}' must be a colour like \"#4a7ab5\" (or \"#4a7ab580\" with opacity), not '{3}'", "{0}:{1}：“{2}”应为颜色，如 \"#4a7ab5\"（或带透明度的 \"#4a7ab580\"），而不是“{3}”"),
  WM_MSG(StyleBadNumber, "{0}:{1}: '{2}' must be a number from {3} to {4}", "{0}:{1}：“{2}”应为 {3} 到 {4} 之间的数"),
  WM_MSG(StyleFileUnreadable, "the style file cannot be read", "无法读取样式文件"),
  WM_MSG(StyleDefaultMissing, "the map style file cannot be read; the built-in style is used", "无法读取地图样式文件，改用内置样式"),
  WM_MSG(WorkspaceStyleUnreadable, "{0}:{1}: the style file {2} cannot be read", "{0}:{1}：无法读取样式文件 {2}"),
  // Terrain and basemap
  WM_MSG(DemUnreadable, "cannot be read as a DEM (elevation raster), the map is shown without terrain: {0}", "无法作为高程数据（DEM）读取，地图将不显示地形：{0}"),
  WM_MSG(BasemapUnreadable, "cannot be read as a basemap image, the map is shown without it: {0}", "无法作为底图影像读取，地图将不显示底图：{0}"),
  WM_MSG(RasterNoCrs, "the raster has no coordinate reference system; the map is shown without it", "栅格没有坐标参考系，地图将不显示它"),
  WM_MSG(RasterOutsideData, "the raster ({0}) does not overlap the data ({1}, in {2}); the map is shown without it", "栅格范围（{0}）与数据范围（{1}，{2}）不重叠，地图将不显示它"),
  WM_MSG(RasterWarpFailed, "the raster cannot be resampled into the working CRS {0}: {1}", "栅格无法重采样到工作坐标系 {0}：{1}"),
  WM_MSG(DemAllNodata, "every cell of the DEM within the data's extent is nodata; the map is shown without terrain", "数据范围内 DEM 的所有像元均为无效值，地图将不显示地形"),
  WM_MSG(DemNodataFilled, "{0} nodata cells of the DEM were filled from their neighbours", "DEM 中 {0} 个无效值像元已用相邻像元填补"),
  WM_MSG(RasterReduced, "shown at {0} × {1} cells of {2} m (the source is finer than the screen needs)", "按 {0} × {1} 个像元（每像元 {2} 米）显示（原始分辨率超出屏幕所需）"),
  WM_MSG(BasemapTilesUnreadable, "cannot be read as a tile set (MBTiles or a tile folder), the map is shown without the basemap: {0}", "无法作为瓦片底图（MBTiles 或瓦片文件夹）读取，地图将不显示底图：{0}"),
  WM_MSG(BasemapTilesNoTable, "is not an MBTiles tile set (it has no table of tiles); the map is shown without the basemap", "不是 MBTiles 瓦片集（没有 tiles 瓦片表），地图将不显示底图"),
  WM_MSG(BasemapNoTiles, "the tile set holds no tiles; the map is shown without the basemap", "瓦片集中没有瓦片，地图将不显示底图"),
  WM_MSG(BasemapFolderNoTiles, "the folder holds no map tiles (files {{z}}/{{x}}/{{y}}.png, .jpg or .webp under it); the map is shown without the basemap", "文件夹中没有地图瓦片（应为其下的 {{z}}/{{x}}/{{y}}.png、.jpg 或 .webp 文件），地图将不显示底图"),
  WM_MSG(BasemapVectorTiles, "holds vector tiles ({0}), which cannot be drawn as a basemap; the map is shown without it", "为矢量瓦片（{0}），不能作为底图显示，地图将不显示底图"),
  WM_MSG(BasemapNotMercator, "is not a Web Mercator (EPSG:3857) tile set (its tilemapresource.xml says {0}); the map is shown without the basemap", "不是 Web 墨卡托（EPSG:3857）瓦片集（tilemapresource.xml 中为 {0}），地图将不显示底图"),
  WM_MSG(BasemapTileNotImage, "tile {0} is not a PNG, JPEG or WebP image; that part of the basemap stays empty", "瓦片 {0} 不是 PNG、JPEG 或 WebP 图像，底图该处留空"),
  WM_MSG(BasemapTileUnreadable, "tile {0} cannot be read, that part of the basemap stays empty: {1}", "瓦片 {0} 无法读取，底图该处留空：{1}"),
  WM_MSG(BasemapTilesMissing, "{0} of the {1} tiles of this view at zoom level {2} are missing from the tile set (not there at all, rather than broken); the basemap stays empty there", "当前视图在缩放级别 {2} 所需的 {1} 个瓦片中有 {0} 个在瓦片集中缺失（并非损坏，而是没有这些瓦片），底图该处留空"),
  WM_MSG(BasemapTooManyTiles, "the view would need more than {0} tiles of the tile set's shallowest level ({1}); the basemap shows again when zoomed in", "当前视图需要超过 {0} 个瓦片（瓦片集最浅级别为 {1} 级），放大后再显示底图"),
  WM_MSG(BasemapTileSet, "{0} tile set, zoom levels {1} to {2}, {3} tiles: read for each view at the screen's resolution", "{0} 瓦片集，缩放级别 {1} 至 {2}，{3} 格式瓦片：按当前视图以屏幕分辨率读取"),
  WM_MSG(BasemapDatumFromHint, "the name says '{1}': its tiles are taken as {0} web-map imagery and shifted onto WGS 84/CGCS2000 (set basemap_datum = \"none\" in the workspace if wrong)", "名称中含“{1}”：瓦片按 {0} 网络地图影像处理，已纠正到 WGS 84/CGCS2000（如不正确，请在工作空间中设置 basemap_datum = \"none\"）"),
  WM_MSG(BasemapBaiduTiles, "Baidu (BD-09) tiles are cut on Baidu's own grid, not on Web Mercator's; the map is shown without the basemap", "百度（BD-09）瓦片按百度自己的格网切分，不是 Web 墨卡托格网，地图将不显示底图"),
  // Labels
  WM_MSG(LabelsNoFont, "map labels are not drawn: no font for Chinese text is installed (install the Debian package fonts-noto-cjk)", "地图标注未显示：未安装可显示中文的字体（请安装 Debian 软件包 fonts-noto-cjk）"),
  WM_MSG(NorthArrowLabel, "N", "北"),
  WM_MSG(FontconfigFailed, "fontconfig could not be initialised, so no font can be looked up", "fontconfig 无法初始化，无法查找字体"),
  WM_MSG(FontNoChinese, "no font for Chinese text is installed (install the Debian package fonts-noto-cjk)", "未安装可显示中文的字体（请安装 Debian 软件包 fonts-noto-cjk）"),
  WM_MSG(FontUnreadable, "cannot read the font {0}", "无法读取字体 {0}"),
  // The planner's desk
  WM_MSG(UiLegend, "Legend", "图例"),
  WM_MSG(UiLayers, "Layers", "图层"),
  WM_MSG(UiLayerVisible, "Show {0}", "显示{0}"),
  WM_MSG(UiLayerOpacity, "Opacity", "不透明度"),
  WM_MSG(UiLayerOrderHint, "Top layer first: it is drawn over the ones below.", "上方的图层绘制在下方图层之上。"),
  WM_MSG(UiLayerUp, "Draw above the layer listed before it", "移到上一图层之上"),
  WM_MSG(UiLayerDown, "Draw below the layer listed after it", "移到下一图层之下"),
  WM_MSG(UiLayerDetails, "{0} · {1} features ({2} skipped) · CRS {3}{4} · encoding {5} ({6})", "{0} · {1} 个要素（跳过 {2} 个）· 坐标系 {3}{4} · 编码 {5}（{6}）"),
  WM_MSG(UiLayerProblems, "{0} problems", "{0} 个问题"),
  WM_MSG(UiLayerNoProblems, "no problems", "无问题"),
  WM_MSG(UiLayerCrsInferred, " (inferred)", "（推断）"),
  WM_MSG(UiFilters, "Filters", "筛选"),
  WM_MSG(UiTimeline, "Timeline", "时间轴"),
  WM_MSG(UiLanguageToggle, "中文", "English"),
  WM_MSG(UiPanels, "Panels", "面板"),
  WM_MSG(UiKinds, "Kinds", "项目类型"),
  WM_MSG(UiStatuses, "Statuses", "项目状态"),
  WM_MSG(UiDistrict, "District", "片区"),
  WM_MSG(UiOverdueOnly, "Overdue only", "只看逾期"),
  WM_MSG(UiSearch, "Search", "搜索"),
  WM_MSG(UiSearchHint, "project name", "项目名称"),
  WM_MSG(UiSearchNoMatch, "no project name contains this", "没有包含该文字的项目名称"),
  WM_MSG(UiSearchMore, "… and {0} more", "…… 另有 {0} 个"),
  WM_MSG(UiShowAll, "Show all", "全部显示"),
  WM_MSG(UiLegendHint, "Click a kind, a status or overdue to show or hide it on the map.", "点击类型、状态或逾期，可在地图上显示或隐藏。"),
  WM_MSG(UiAsOf, "As of {0}", "截至 {0}"),
  WM_MSG(UiDayBack, "- day", "前一天"),
  WM_MSG(UiDayOn, "+ day", "后一天"),
  WM_MSG(UiMonthBack, "- month", "前一月"),
  WM_MSG(UiMonthOn, "+ month", "后一月"),
  WM_MSG(UiToday, "Today", "今天"),
  WM_MSG(UiNoWorks, "no works projects loaded", "未加载任何项目"),
  WM_MSG(UiFontMissing, "no font for Chinese text was found; Chinese names show as '?' (install fonts-noto-cjk)", "未找到中文字体，中文名称将显示为“?”（请安装 fonts-noto-cjk）"),
  WM_MSG(UiInspector, "Inspector", "项目详情"),
  WM_MSG(UiInspectorHint, "Click a project on the map to see its record.", "点击地图上的项目查看其记录。"),
  WM_MSG(UiFieldName, "Name", "名称"),
  WM_MSG(UiFieldRecorded, "Recorded status", "登记状态"),
  WM_MSG(UiFieldStatusAt, "Status on {0}", "{0} 的状态"),
  WM_MSG(UiFieldStart, "Start", "开工日期"),
  WM_MSG(UiFieldPlanDone, "Planned completion", "计划完工"),
  WM_MSG(UiFieldDone, "Completed on", "竣工日期"),
  WM_MSG(UiFieldSchedule, "Schedule", "工期"),
  WM_MSG(UiScheduleOverdue, "overdue ({0} days past the planned completion)", "逾期（超过计划完工 {0} 天）"),
  WM_MSG(UiScheduleLate, "completed late ({0} days after the planned completion)", "逾期完工（晚于计划完工 {0} 天）"),
  WM_MSG(UiScheduleOnTime, "on schedule", "按期"),
  WM_MSG(UiFieldProgress, "Progress", "进度"),
  WM_MSG(UiFieldInvest, "Investment (10k yuan)", "投资（万元）"),
  WM_MSG(UiFieldLength, "Length (geodesic)", "长度（椭球面）"),
  WM_MSG(UiFieldLengthPlanar, "Length (planar)", "长度（平面）"),
  WM_MSG(UiFieldArea, "Area (geodesic)", "面积（椭球面）"),
  WM_MSG(UiFieldAreaPlanar, "Area (planar)", "面积（平面）"),
  WM_MSG(UiFieldLayer, "Layer", "图层"),
  WM_MSG(UiFieldFeature, "Source feature id", "源要素编号"),
  WM_MSG(UiNotRecorded, "not recorded", "未登记"),
  WM_MSG(UiClearSelection, "Clear", "取消选择"),
  WM_MSG(UiZoomTo, "Zoom to", "缩放至"),
  WM_MSG(UiDistricts, "District progress", "片区进度"),
  WM_MSG(UiColSpaces, "Spaces (done/all)", "车位（完工/全部）"),
  WM_MSG(UiColShare, "Share completed", "完工比例"),
  WM_MSG(UiDistrictsHint, "Click a column to sort, a district to highlight and zoom to it.", "点击列标题排序，点击片区可高亮并缩放至该片区。"),
  WM_MSG(UiSaveReport, "Save report", "保存报表"),
  WM_MSG(UiSaved, "Saved {0}", "已保存 {0}"),
  WM_MSG(UiSaveExists, "{0} already exists", "{0} 已存在"),
  WM_MSG(UiSaveBadName, "give a file name ending .md, .csv or .xlsx", "请输入以 .md、.csv 或 .xlsx 结尾的文件名"),
  WM_MSG(UiSaveNoFolder, "no folder {0}", "文件夹 {0} 不存在"),
  WM_MSG(UiSaveFailed, "could not write {0}", "无法写入 {0}"),
  // District progress: kind rows, county total, period columns, copy as a table; the Save report dialog
  WM_MSG(UiColDistrictKind, "District / kind", "片区 / 类型"),
  WM_MSG(UiColKmDoneAll, "km (done/all)", "公里（完工/全部）"),
  WM_MSG(UiColM2DoneAll, "m² (done/all)", "㎡（完工/全部）"),
  WM_MSG(UiColCompletedInPeriod, "Completed in period", "期内完工"),
  WM_MSG(UiColCompletedKm, "km completed", "完工公里"),
  WM_MSG(UiColCompletedM2, "m² completed", "完工㎡"),
  WM_MSG(UiColCompletedSpaces, "Spaces completed", "完工车位"),
  WM_MSG(UiAllKinds, "all kinds", "全部类型"),
  WM_MSG(UiCountyTotal, "County total", "全县合计"),
  WM_MSG(UiExpandAll, "Expand all", "全部展开"),
  WM_MSG(UiCollapseAll, "Collapse all", "全部收起"),
  WM_MSG(UiCopyTable, "Copy table", "复制表格"),
  WM_MSG(UiCopiedRows, "Copied {0} rows: paste them into Excel or WPS", "已复制 {0} 行，可粘贴到 Excel 或 WPS"),
  WM_MSG(UiFileFolder, "Folder", "文件夹"),
  WM_MSG(UiFileUp, "Up", "上一级"),
  WM_MSG(UiFileGo, "Go", "转到"),
  WM_MSG(UiFileName, "File name", "文件名"),
  WM_MSG(UiFileTypeCsv, "CSV for Excel (.csv)", "CSV，可用 Excel 打开（.csv）"),
  WM_MSG(UiFileTypeMd, "Markdown (.md)", "Markdown（.md）"),
  WM_MSG(UiFileTypeXlsx, "Excel workbook (.xlsx)", "Excel 工作簿（.xlsx）"),
  WM_MSG(UiSaveExcel, "Save as Excel", "另存为 Excel"),
  WM_MSG(UiFileSave, "Save", "保存"),
  WM_MSG(UiFileCancel, "Cancel", "取消"),
  WM_MSG(UiFileReplace, "{0} already exists. Replace it?", "{0} 已存在，是否替换？"),
  WM_MSG(UiFileReplaceYes, "Replace", "替换"),
  WM_MSG(UiFileUnreadable, "cannot read the folder {0}", "无法读取文件夹 {0}"),
  WM_MSG(UiFileEmpty, "no folders or reports here", "此处没有文件夹或报表"),
  WM_MSG(UiStatusBar, "Status bar", "状态栏"),
  WM_MSG(UiCursorOff, "cursor off the map", "光标不在地图上"),
  WM_MSG(UiCursorWorking, "E {0}  N {1} m", "东 {0}  北 {1} 米"),
  WM_MSG(UiCursorLonLat, "lon {0}°  lat {1}°", "经度 {0}°  纬度 {1}°"),
  WM_MSG(UiScale, "scale 1:{0}", "比例尺 1:{0}"),
  WM_MSG(UiCrs, "CRS {0}", "坐标系 {0}"),
  WM_MSG(UiLoadingTitle, "Opening the data", "正在打开数据"),
  WM_MSG(UiLoadingFinding, "Finding the sources…", "正在查找数据源…"),
  WM_MSG(UiLoadingLayers, "Reading {0} layers…", "正在读取 {0} 个图层…"),
  WM_MSG(UiLoadingBuilding, "Building the map…", "正在生成地图…"),
  WM_MSG(UiLoadingElapsed, "{0} s", "{0} 秒"),
  WM_MSG(UiLoadingReading, "reading {0} / {1}", "读取 {0} / {1}"),
  WM_MSG(UiLoadingReadingCount, "reading {0}", "读取 {0}"),
  WM_MSG(UiLoadingReprojecting, "reprojecting {0} / {1}", "坐标转换 {0} / {1}"),
  WM_MSG(UiLoadingDone, "{0} features", "{0} 个要素"),
  WM_MSG(UiLoadingNothing, "No layer could be read. The problems below say why; close the window to quit.", "没有读到任何图层。原因见下列问题；关闭窗口即可退出。"),
  WM_MSG(UiProblems, "Problems", "问题"),
  WM_MSG(UiProblemsSummary, "{0} errors · {1} warnings · {2} notes", "{0} 个错误 · {1} 个警告 · {2} 条提示"),
  WM_MSG(UiProblemsNone, "No problems were found in the data.", "数据中未发现问题。"),
  WM_MSG(UiProblemsHint, "Click a feature's problem to select the feature on the map.", "单击要素的问题可在地图上选中该要素。"),
  WM_MSG(UiProblemsShown, "{0} of {1} shown", "显示 {0} / {1} 条"),
  WM_MSG(UiProblemsFilterHint, "words in the message, a file or a layer", "按消息、文件或图层中的文字筛选"),
  WM_MSG(UiPlay, "Play", "播放"),
  WM_MSG(UiPause, "Pause", "暂停"),
  WM_MSG(UiSpeedDay, "a day a second", "每秒 1 天"),
  WM_MSG(UiSpeedWeek, "a week a second", "每秒 1 周"),
  WM_MSG(UiSpeedMonth, "a month a second", "每秒 1 个月"),
  WM_MSG(UiSpeedQuarter, "a quarter a second", "每秒 1 个季度"),
  WM_MSG(UiPeriod, "Period", "时段"),
  WM_MSG(UiPeriodFrom, "From {0}", "自 {0}"),
  WM_MSG(UiPeriodTo, "To {0}", "至 {0}"),
  WM_MSG(UiPeriodHint, "The map shows only the works completed in the period (both days included).", "地图只显示该时段内完工的项目（含起止两日）。"),
  WM_MSG(UiDateTypeHint, "Ctrl+click to type a date", "按住 Ctrl 单击可输入日期"),
  WM_MSG(UiDateEmpty, "Type a date such as 2022-12-31, or press Esc to keep {0}", "请输入日期（如 2022-12-31），或按 Esc 保留 {0}"),
  WM_MSG(UiDateNotADate, "'{0}' is not a date: write it as 2022-12-31, 2022/12/31 or 2022年12月31日", "“{0}”不是日期：请写作 2022-12-31、2022/12/31 或 2022年12月31日"),
  WM_MSG(UiDateNoSuchDay, "'{0}' is not a real calendar day", "“{0}”不是真实存在的日期"),
  WM_MSG(LegendLate, "late", "逾期完工"),
  WM_MSG(UiMeasure, "Measure", "测量"),
  WM_MSG(UiMeasureOff, "Off", "关闭"),
  WM_MSG(UiMeasureDistance, "Distance", "距离"),
  WM_MSG(UiMeasureArea, "Area", "面积"),
  WM_MSG(UiMeasureHint, "Click on the map to add points, double-click or right-click to finish. Esc clears. Clicks snap to the vertices of works nearby; hold Shift not to snap.", "在地图上单击添加点，双击或右键单击结束。按 Esc 清除。单击时会吸附到附近项目的节点；按住 Shift 键可不吸附。"),
  WM_MSG(UiMeasureChooseMode, "Choose Distance or Area, then click on the map.", "请选择“距离”或“面积”，然后在地图上单击。"),
  WM_MSG(UiMeasureTotal, "Total", "总长"),
  WM_MSG(UiMeasureLastSegment, "Last segment", "末段"),
  WM_MSG(UiMeasurePerimeter, "Perimeter", "周长"),
  WM_MSG(UiMeasurePoints, "Points", "点数"),
  WM_MSG(UiMeasureMu, "{0} mu", "{0} 亩"),
  WM_MSG(UiMeasureNeedThree, "Add at least three points for an area.", "至少需要三个点才能量算面积。"),
  WM_MSG(UiMeasureGeodesic, "Geodesic: on the ellipsoid of the working CRS.", "椭球面测地线量算（工作坐标系的椭球）。"),
  WM_MSG(UiMeasurePlanar, "Planar: the data has no coordinate system, so these are figures in the map's plane.", "平面量算：数据没有坐标系，结果为地图平面上的量算值。"),
  WM_MSG(UiMeasureFinished, "Finished. A new click starts a new measurement.", "已结束。再次单击开始新的测量。"),
  WM_MSG(UiMeasureClear, "Clear", "清除"),
  WM_MSG(UiSlides, "Slides", "幻灯片"),
  WM_MSG(UiSlideAdd, "Add slide", "添加幻灯片"),
  WM_MSG(UiSlidePresent, "Present (F5)", "放映 (F5)"),
  WM_MSG(UiSlideSave, "Save", "保存"),
  WM_MSG(UiSlideSaveAs, "Save as workspace…", "另存为工作空间…"),
  WM_MSG(UiSlidesNone, "No slides yet. Set the map up as the leaders should see it (place, date or period, filters, a highlighted district) and add it as a slide.", "还没有幻灯片。先把地图调整为要向领导展示的样子（位置、日期或时段、筛选、高亮片区），再添加为幻灯片。"),
  WM_MSG(UiSlideUpdate, "Update from view", "用当前视图更新"),
  WM_MSG(UiSlideUp, "Up", "上移"),
  WM_MSG(UiSlideDown, "Down", "下移"),
  WM_MSG(UiSlideDuplicate, "Duplicate", "复制"),
  WM_MSG(UiSlideDelete, "Delete", "删除"),
  WM_MSG(UiSlideTitle, "Title", "标题"),
  WM_MSG(UiSlideSubtitle, "Subtitle", "副标题"),
  WM_MSG(UiSlideNotes, "Speaker notes (not shown on the slide)", "演讲者备注（不在幻灯片上显示）"),
  WM_MSG(UiSlideFigures, "Figures", "数据表"),
  WM_MSG(UiSlideFiguresNone, "None", "无"),
  WM_MSG(UiSlideFiguresCounty, "The county's", "全县"),
  WM_MSG(UiSlideFiguresDistrict, "The district's", "高亮片区"),
  WM_MSG(UiSlidesSaved, "{0} slides saved in {1}", "已将 {0} 张幻灯片保存到 {1}"),
  WM_MSG(UiUnsavedSlides, "the slides' changes", "幻灯片的修改"),
  WM_MSG(UiPresenterNotes, "Speaker notes · slide {0} · {1}", "演讲者备注 · 第 {0} 张 · {1}"),
  WM_MSG(UiPresenterNext, "Next: {0}", "下一张：{0}"),
  WM_MSG(UiPresenterLast, "This is the last slide", "这是最后一张"),
  WM_MSG(UiPresenterNoNotes, "No notes for this slide", "本张没有备注"),
  WM_MSG(RollupInMemory, "counted in memory rather than on the server: {0}", "未在服务器上汇总，改为读入内存统计：{0}"),
  WM_MSG(RollupReasonSetting, "the layer's setting {0} cannot be expressed in SQL", "图层的 {0} 设置无法用 SQL 表达"),
  WM_MSG(RollupReasonColumnType, "column {0} is of type {1}, which the server roll-up does not read", "字段 {0} 的类型为 {1}，服务器汇总不读取此类型"),
  WM_MSG(RollupReasonDistrictLayers, "{0} layers could be the district layer", "有 {0} 个图层都可能是片区图层"),
  WM_MSG(RollupReasonNoEpsg, "the layer's CRS {0} has no EPSG code for the server", "图层坐标系 {0} 没有可供服务器使用的 EPSG 代码"),
  WM_MSG(RollupQueryFailed, "the server could not compute the roll-up: {0}", "服务器汇总查询失败：{0}"),
  // District progress computed on a PostGIS server (app/server_progress_job)
  WM_MSG(UiServerUpdating, "Updating on the server…", "正在服务器上更新…"),
  WM_MSG(UiServerFailed, "The database {0} did not answer: {1}", "数据库 {0} 无应答：{1}"),
  WM_MSG(UiServerStale, "The table below is the last one the server gave and may be out of date.", "下表为服务器此前给出的结果，可能已过时。"),
  WM_MSG(UiServerRetrying, "Retrying every {0} s.", "每 {0} 秒自动重试。"),
  WM_MSG(UiServerRetry, "Retry", "重试"),
  // The desk's Export deck (Slides) and Export atlas (District progress)
  WM_MSG(UiExportDeck, "Export deck…", "导出汇报文稿…"),
  WM_MSG(UiExportDeckTitle, "Export deck", "导出汇报文稿"),
  WM_MSG(UiFileTypePdf, "PDF document (.pdf)", "PDF 文档（.pdf）"),
  WM_MSG(UiFileTypePptx, "PowerPoint / WPS (.pptx)", "PowerPoint / WPS 演示文稿（.pptx）"),
  WM_MSG(UiDeckBadName, "give a file name ending .pdf or .pptx", "请输入以 .pdf 或 .pptx 结尾的文件名"),
  WM_MSG(UiDeckFolderEmpty, "no folders, PDFs or PowerPoint files here", "此处没有文件夹、PDF 或 PowerPoint 文件"),
  WM_MSG(UiDeckSize, "Map size", "地图尺寸"),
  WM_MSG(UiPagesExporting, "Exporting {0}: map {1} of {2}", "正在导出 {0}：第 {1} 幅地图，共 {2} 幅"),
  WM_MSG(UiDeckSaved, "Deck saved: {0}", "汇报文稿已保存：{0}"),
  WM_MSG(UiDeckFailed, "The deck could not be written: {0}", "无法写出汇报文稿：{0}"),
  WM_MSG(UiExportAtlas, "Export atlas…", "导出图册…"),
  WM_MSG(UiExportAtlasTitle, "Export atlas", "导出分片区进度图册"),
  WM_MSG(UiAtlasBadName, "give a file name ending .pdf", "请输入以 .pdf 结尾的文件名"),
  WM_MSG(UiAtlasFolderEmpty, "no folders or PDFs here", "此处没有文件夹或 PDF 文件"),
  WM_MSG(UiAtlasSaved, "Atlas saved: {0}", "图册已保存：{0}"),
  WM_MSG(UiAtlasFailed, "The atlas could not be written: {0}", "无法写出图册：{0}"),
  // Failures of one operation (core::Error) and the reasons they give
  WM_MSG(LibraryError, "{0} reports: {1}", "{0} 报告：{1}"),
  WM_MSG(ReasonUnknown, "no reason given", "未说明原因"),
  WM_MSG(OutOfMemory, "out of memory", "内存不足"),
  WM_MSG(NotACrs, "not a coordinate reference system", "不是坐标参考系"),
  WM_MSG(CrsNoDatum, "the CRS has no geodetic datum", "该坐标系没有大地基准"),
  WM_MSG(PolygonTooFewPoints, "no ring with 3 or more distinct points", "没有由 3 个以上不同的点构成的环"),
  WM_MSG(ReasonUnknownFormat, "not in a format GDAL can read", "不是 GDAL 能读取的格式"),
  WM_MSG(ReasonNotSqlite, "not an SQLite database", "不是 SQLite 数据库"),
  WM_MSG(ReasonNotRaster, "not a raster", "不是栅格数据"),
  WM_MSG(ReasonNoRasterBand, "the raster has no band", "栅格没有波段"),
  WM_MSG(ReasonCellsUnreadable, "its cells could not be read", "无法读取其像元"),
  WM_MSG(ShaderUnreadable, "cannot read the shader file {0}", "无法读取着色器文件 {0}"),
  WM_MSG(ShadersNotLinked, "the map shaders did not compile or link: {0}", "地图着色器编译或链接失败：{0}"),
  WM_MSG(OffscreenNoContext, "no OpenGL context could be created (no X display? run under xvfb-run)", "无法创建 OpenGL 上下文（没有 X 显示？请在 xvfb-run 下运行）"),
  WM_MSG(OffscreenWrongSize, "an image of {0}×{1} pixels was asked of a drawing set up for {2}×{3}", "绘制按 {2}×{3} 像素设置，却要求 {0}×{1} 像素的图像"),
  WM_MSG(PngUnreadable, "cannot read {0} as an RGBA PNG image", "无法将 {0} 读取为 RGBA PNG 图像"),
  WM_MSG(PictureEmpty, "the map picture is empty", "地图图片为空"),
  WM_MSG(PngEncodeFailed, "the map picture could not be encoded as PNG: {0}", "地图图片无法编码为 PNG：{0}"),
  WM_MSG(VideoBadSize, "a video's width and height must be even numbers of pixels from 2 to 8192, not {0}×{1}", "视频的宽和高应为 2 到 8192 之间的偶数像素，而不是 {0}×{1}"),
  WM_MSG(VideoBadFps, "frames per second must be from 1 to 120, not {0}", "每秒帧数应为 1 到 120，而不是 {0}"),
  WM_MSG(VideoNoEncoder, "this FFmpeg has neither an H.264 nor an MPEG-4 encoder", "此 FFmpeg 既没有 H.264 编码器，也没有 MPEG-4 编码器"),
  WM_MSG(VideoEncoderFailed, "the video encoder {0} could not be started: {1}", "无法启动视频编码器 {0}：{1}"),
  WM_MSG(VideoEncodingFailed, "encoding the video failed: {0}", "视频编码失败：{0}"),
};
// clang-format on
#undef WM_MSG

static_assert(kTable.size() == static_cast<std::size_t>(Msg::Count_), "every Msg needs a table entry");

constexpr bool tableInEnumOrder() {
  for (std::size_t i = 0; i < kTable.size(); ++i)
    if (static_cast<std::size_t>(kTable[i].msg) != i) return false;
  return true;
}
static_assert(tableInEnumOrder(), "kTable must list messages in the order of enum Msg");

}  // namespace

Lang langFromEnvironment() {
  if (const char* forced = std::getenv("WORKSMAP_LANG"); forced && *forced)
    return std::string_view(forced).starts_with("zh") ? Lang::Zh : Lang::En;
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(var);
    if (value && *value) return std::string_view(value).starts_with("zh") ? Lang::Zh : Lang::En;
  }
  return Lang::En;
}

std::string_view text(Msg msg, Lang lang) {
  const Entry& e = kTable[static_cast<std::size_t>(msg)];
  return lang == Lang::Zh ? e.zh : e.en;
}

std::string_view key(Msg msg) { return kTable[static_cast<std::size_t>(msg)].key; }

namespace {

// Bytes that never occur in names or paths people type, so a msgArg cannot be mistaken for data text.
constexpr char kMsgArgMark = '\x1E';
constexpr char kMsgArgSeparator = '\x1F';
constexpr char kMsgArgEnd = '\x1D';

std::optional<Msg> msgFromKey(std::string_view wanted) {
  for (const Entry& e : kTable)
    if (wanted == e.key) return e.msg;
  return std::nullopt;
}

std::string formatPlain(Lang lang, Msg msg, const std::vector<std::string>& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& a : args) store.push_back(a);
  try {
    return fmt::vformat(text(msg, lang), store);
  } catch (const fmt::format_error&) {
    // A message given too few arguments is a programmer error; show the raw text rather than lose it.
    return std::string(text(msg, lang));
  }
}

// A msgArg's key and arguments (what follows its mark, up to its own end), each argument whole even when it is a
// msgArg itself.
std::vector<std::string_view> msgArgFields(std::string_view body) {
  std::vector<std::string_view> out;
  std::size_t start = 0, i = 0;
  for (int depth = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == kMsgArgMark) {
      ++depth;
    } else if (c == kMsgArgEnd) {
      if (depth == 0) break;
      --depth;
    } else if (c == kMsgArgSeparator && depth == 0) {
      out.push_back(body.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(body.substr(start, i - start));
  return out;
}

}  // namespace

std::string trArgs(Lang lang, Msg msg, const std::vector<std::string>& args) {
  std::vector<std::string> expanded;
  expanded.reserve(args.size());
  for (const auto& a : args) expanded.push_back(argText(a, lang));
  return formatPlain(lang, msg, expanded);
}

std::string msgArg(Msg msg, const std::vector<std::string>& args) {
  std::string out(1, kMsgArgMark);
  out += key(msg);
  for (const auto& a : args) {
    out += kMsgArgSeparator;
    out += a;
  }
  out += kMsgArgEnd;
  return out;
}

std::string libraryReasonArg(std::string_view library, std::string_view reason) {
  const std::string why = reason.empty() ? msgArg(Msg::ReasonUnknown) : std::string(reason);
  return msgArg(Msg::LibraryError, {std::string(library), why});
}

std::string systemReasonArg(const std::error_code& why) {
  std::optional<Msg> msg;
  if (why == std::errc::permission_denied || why == std::errc::operation_not_permitted)
    msg = Msg::SaveReasonNoPermission;
  if (why == std::errc::read_only_file_system) msg = Msg::SaveReasonReadOnlyDisk;
  if (why == std::errc::no_such_file_or_directory) msg = Msg::SaveReasonNoFolder;
  if (why == std::errc::not_a_directory) msg = Msg::SaveReasonNotAFolder;
  if (why == std::errc::is_a_directory) msg = Msg::SaveReasonIsFolder;
  if (why == std::errc::no_space_on_device || (why.category() == std::generic_category() && why.value() == EDQUOT))
    msg = Msg::SaveReasonDiskFull;
  return msg ? msgArg(*msg) : why.message();
}

std::string argText(std::string_view arg, Lang lang) {
  if (arg.empty() || arg.front() != kMsgArgMark) return std::string(arg);
  std::vector<std::string_view> fields = msgArgFields(arg.substr(1));
  std::optional<Msg> msg = msgFromKey(fields.front());
  if (!msg) return std::string(fields.front());  // a key from a newer build: show it rather than nothing
  std::vector<std::string> inner;
  for (std::size_t i = 1; i < fields.size(); ++i) inner.push_back(argText(fields[i], lang));
  return formatPlain(lang, *msg, inner);
}

}  // namespace wm::core
