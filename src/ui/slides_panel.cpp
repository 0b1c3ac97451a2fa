#include "ui/slides_panel.hpp"

#include <utility>

#include <fmt/format.h>
#include <imgui_stdlib.h>

namespace wm::ui {
namespace {

using core::Msg;

const ImVec4 kErrorColour(0.75f, 0.1f, 0.1f, 1.0f);
constexpr float kThumbWidth = 128;  // × the UI scale

std::string rowTitle(const domain::Slide& slide, std::size_t index, core::Lang lang) {
  const std::string title = slide.title.empty() ? core::tr(lang, Msg::SlideUntitled, index + 1) : slide.title;
  return fmt::format("{}. {}", index + 1, title);
}

}  // namespace

SlidesPanel::SlidesPanel(std::vector<domain::Slide>* slides, SlideThumbnails thumbnails, SlideSaving saving,
                         PageExporter exporter, ReportFolder folder)
    : _slides(slides),
      _thumbnails(std::move(thumbnails)),
      _saving(std::move(saving)),
      _saveAsPath(_saving.suggestion),
      _exporter(std::move(exporter)),
      _folder(std::move(folder)) {}

void SlidesPanel::ask(SlideRequest::Kind kind, std::size_t index, std::string path) {
  _requests.push_back({kind, index, std::move(path)});
}

void SlidesPanel::setSaveMessage(std::string message, bool failed) {
  _saveMessage = std::move(message);
  _saveFailed = failed;
}

void SlidesPanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.slides || !_slides) return;
  ImGui::SetNextWindowSize(ImVec2(380 * context.scale, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(windowTitle(state.lang, Msg::UiSlides, "slides").c_str(), &state.panels.slides)) {
    ImGui::End();
    return;
  }
  buttons(state, context);
  deckRow(state, context);
  drawDeckDialog(state, context);
  if (_slides->empty()) ImGui::TextWrapped("%s", uiText(state.lang, Msg::UiSlidesNone));
  // The selected slide's buttons and text above the list, which scrolls on its own: they stay in reach however
  // long the briefing.
  const auto selected = static_cast<std::size_t>(state.slide);
  if (state.slide >= 0 && selected < _slides->size()) selectedSlide(state, context, selected);
  const float listHeight = (kThumbWidth * 9 / 16 + 8) * context.scale * 4.5f;
  if (ImGui::BeginChild("##slides.list", ImVec2(0, listHeight), false)) {
    for (std::size_t i = 0; i < _slides->size(); ++i) slideRow(state, context, i);
    // A row the view was just set to, by a click or an added slide, is scrolled into sight.
    if (_scrolledTo != state.slide && state.slide >= 0 && selected < _slides->size()) _scrollPending = true;
    _scrolledTo = state.slide;
  }
  ImGui::EndChild();
  ImGui::End();
}

// Add, Present and Save (or Save as workspace…, with its path), and the last save's word.
void SlidesPanel::buttons(ViewState& state, const DeskContext& context) {
  const core::Lang lang = state.lang;
  if (ImGui::Button(fmt::format("{}##slides.add", uiText(lang, Msg::UiSlideAdd)).c_str()))
    ask(SlideRequest::Kind::Add, state.slide >= 0 ? static_cast<std::size_t>(state.slide) : _slides->size());
  context.targets.addLastItem("slides.add");
  ImGui::SameLine();
  ImGui::BeginDisabled(_slides->empty());
  if (ImGui::Button(fmt::format("{}##slides.present", uiText(lang, Msg::UiSlidePresent)).c_str()))
    ask(SlideRequest::Kind::Present, state.slide >= 0 ? static_cast<std::size_t>(state.slide) : 0);
  ImGui::EndDisabled();
  context.targets.addLastItem("slides.present");
  ImGui::SameLine();
  if (hasWorkspace()) {
    ImGui::BeginDisabled(!state.slidesUnsaved);
    if (ImGui::Button(fmt::format("{}##slides.save", uiText(lang, Msg::UiSlideSave)).c_str()))
      ask(SlideRequest::Kind::Save);
    ImGui::EndDisabled();
    context.targets.addLastItem("slides.save");
  } else {
    if (ImGui::Button(fmt::format("{}##slides.saveas", uiText(lang, Msg::UiSlideSaveAs)).c_str()))
      ask(SlideRequest::Kind::SaveAs, 0, _saveAsPath);
    context.targets.addLastItem("slides.saveas");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##slides.saveaspath", &_saveAsPath);
    context.targets.addLastItem("slides.saveaspath");
  }
  if (!_saveMessage.empty()) {
    if (_saveFailed) ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
    ImGui::TextWrapped("%s", _saveMessage.c_str());
    if (_saveFailed) ImGui::PopStyleColor();
  }
  ImGui::Separator();
}

// The thumbnail (or a grey box until the slide has been shown) and the title; a click flies there.
void SlidesPanel::slideRow(ViewState& state, const DeskContext& context, std::size_t index) {
  const domain::Slide& slide = (*_slides)[index];
  const float w = kThumbWidth * context.scale, h = w * 9 / 16;
  ImGui::PushID(static_cast<int>(index));
  const std::optional<SlideThumbnail> thumb = _thumbnails ? _thumbnails(index) : std::nullopt;
  if (thumb && thumb->texture && thumb->width > 0) {
    ImGui::Image(thumb->texture, ImVec2(w, w * thumb->height / thumb->width));
  } else {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + w, at.y + h), IM_COL32(200, 205, 210, 255));
    ImGui::Dummy(ImVec2(w, h));
  }
  ImGui::SameLine();
  const bool selected = state.slide == static_cast<std::int32_t>(index);
  if (ImGui::Selectable(rowTitle(slide, index, state.lang).c_str(), selected, 0, ImVec2(0, h)))
    ask(SlideRequest::Kind::Show, index);
  if (selected && _scrollPending) {
    ImGui::SetScrollHereY(0.5f);
    _scrollPending = false;
  }
  context.targets.addLastItem(fmt::format("slides.row.{}", index + 1));
  ImGui::PopID();
}

// The selected slide's own buttons and text.
void SlidesPanel::selectedSlide(ViewState& state, const DeskContext& context, std::size_t index) {
  const core::Lang lang = state.lang;
  domain::Slide& slide = (*_slides)[index];
  ImGui::TextUnformatted(rowTitle(slide, index, lang).c_str());
  auto button = [&](Msg label, const char* id, SlideRequest::Kind kind, bool enabled = true) {
    ImGui::BeginDisabled(!enabled);
    if (ImGui::Button(fmt::format("{}##slides.{}", uiText(lang, label), id).c_str())) ask(kind, index);
    ImGui::EndDisabled();
    context.targets.addLastItem(fmt::format("slides.{}", id));
  };
  button(Msg::UiSlideUpdate, "update", SlideRequest::Kind::Update);
  ImGui::SameLine();
  button(Msg::UiSlideUp, "up", SlideRequest::Kind::MoveUp, index > 0);
  ImGui::SameLine();
  button(Msg::UiSlideDown, "down", SlideRequest::Kind::MoveDown, index + 1 < _slides->size());
  ImGui::SameLine();
  button(Msg::UiSlideDuplicate, "duplicate", SlideRequest::Kind::Duplicate);
  ImGui::SameLine();
  button(Msg::UiSlideDelete, "delete", SlideRequest::Kind::Delete);
  bool edited = false;
  ImGui::SetNextItemWidth(-1);
  edited |= ImGui::InputTextWithHint("##slides.title", uiText(lang, Msg::UiSlideTitle), &slide.title);
  context.targets.addLastItem("slides.title");
  ImGui::SetNextItemWidth(-1);
  edited |= ImGui::InputTextWithHint("##slides.subtitle", uiText(lang, Msg::UiSlideSubtitle), &slide.subtitle);
  context.targets.addLastItem("slides.subtitle");
  ImGui::TextDisabled("%s", uiText(lang, Msg::UiSlideNotes));
  edited |= ImGui::InputTextMultiline("##slides.notes", &slide.notes, ImVec2(-1, 3 * ImGui::GetTextLineHeight()));
  context.targets.addLastItem("slides.notes");
  int figures = static_cast<int>(slide.figures);
  // uiText's strings last until its next call: copied before the combo takes them together.
  const std::string none = uiText(lang, Msg::UiSlideFiguresNone), county = uiText(lang, Msg::UiSlideFiguresCounty),
                    district = uiText(lang, Msg::UiSlideFiguresDistrict);
  const char* choices[] = {none.c_str(), county.c_str(), district.c_str()};
  ImGui::SetNextItemWidth(160 * context.scale);
  if (ImGui::Combo(fmt::format("{}##slides.figures", uiText(lang, Msg::UiSlideFigures)).c_str(), &figures, choices,
                   3)) {
    slide.figures = static_cast<domain::SlideFigures>(figures);
    edited = true;
  }
  context.targets.addLastItem("slides.figures");
  ImGui::Separator();
  if (edited) state.slidesUnsaved = true;
}

void SlidesPanel::deckRow(const ViewState& state, const DeskContext& context) {
  if (!_exporter) return;
  const core::Lang lang = state.lang;
  const float width = ImGui::GetContentRegionAvail().x;
  const ExportStatus status = _exporter.status(PageExportKind::Deck);
  if (exportRunningRows(status, Msg::UiPagesExporting, lang, context, "slides.deck", width, _exporter.cancel)) {
    ImGui::Separator();
    return;
  }
  ImGui::BeginDisabled(_slides->empty() || status.busy);
  if (ImGui::Button(fmt::format("{}##slides.deck", uiText(lang, Msg::UiExportDeck)).c_str()))
    _deckDialog.open(_folder.initial, _saving.workspace.empty()
                                          ? std::string("briefing.pdf")
                                          : std::filesystem::path(_saving.workspace).stem().stem().string() + ".pdf");
  ImGui::EndDisabled();
  context.targets.addLastItem("slides.deck");
  ImGui::SameLine();
  const auto sizeName = [](const std::array<int, 2>& s) { return fmt::format("{} × {}", s[0], s[1]); };
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000 × 0000").x + ImGui::GetFrameHeight() * 2);
  if (ImGui::BeginCombo(fmt::format("{}##slides.decksize", uiText(lang, Msg::UiDeckSize)).c_str(),
                        sizeName(kDeckSizes[_deckSize]).c_str())) {
    for (std::size_t i = 0; i < kDeckSizes.size(); ++i)
      if (ImGui::Selectable(sizeName(kDeckSizes[i]).c_str(), i == _deckSize)) _deckSize = i;
    ImGui::EndCombo();
  }
  context.targets.addLastItem("slides.decksize");
  exportOutcomeRow(status, context, "slides.deck", width);
  ImGui::Separator();
}

// Save hands the deck to the app, of the slides as they are when it begins.
void SlidesPanel::drawDeckDialog(const ViewState& state, const DeskContext& context) {
  const SaveFile save = [this](const std::filesystem::path& path, bool) {
    _exporter.deck({path, kDeckSizes[_deckSize][0], kDeckSizes[_deckSize][1]});
    return SaveOutcome{true, {}};
  };
  if (_deckDialog.draw(state.lang, context, save)) {
    _folder.initial = _deckDialog.folder();
    if (_folder.remember) _folder.remember(_folder.initial);
  }
}

}  // namespace wm::ui
