#include "ui/export_progress.hpp"

#include <fmt/format.h>
#include <imgui.h>

namespace wm::ui {

bool exportRunningRows(const ExportStatus& status, core::Msg running, core::Lang lang, const DeskContext& context,
                       const std::string& id, float width, const std::function<void()>& cancel) {
  if (!status.running) return false;
  ImGui::TextUnformatted(core::tr(lang, running, status.file, status.done, status.total).c_str());
  context.targets.addLastItem(id + ".status");
  const char* cancelText = uiText(lang, core::Msg::UiVideoCancel);
  const float cancelWidth = ImGui::CalcTextSize(cancelText).x + 2 * ImGui::GetStyle().FramePadding.x;
  const float fraction = status.total > 0 ? static_cast<float>(status.done) / static_cast<float>(status.total) : 0;
  ImGui::ProgressBar(fraction, ImVec2(width - cancelWidth - ImGui::GetStyle().ItemSpacing.x, 0));
  context.targets.addLastItem(id + ".progress");
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##{}.cancel", cancelText, id).c_str())) cancel();
  context.targets.addLastItem(id + ".cancel");
  return true;
}

void exportOutcomeRow(const ExportStatus& status, const DeskContext& context, const std::string& id, float width) {
  if (status.outcome.empty()) return;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextColored(status.failed ? ImVec4(0.75f, 0.1f, 0.1f, 1) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled),
                     "%s", status.outcome.c_str());
  ImGui::PopTextWrapPos();
  context.targets.addLastItem(id + ".outcome");
}

}  // namespace wm::ui
