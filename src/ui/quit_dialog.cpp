#include "ui/quit_dialog.hpp"

#include <string>

namespace wm::ui {

using core::Msg;

void drawQuitDialog(ViewState& state, const DeskContext& context) {
  if (!state.quitAsked) return;
  const std::string title = windowTitle(state.lang, Msg::UiQuitTitle, "quit");
  if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
    return;
  std::string lost;
  for (Msg m : unsavedWork(state)) lost += (lost.empty() ? "" : "; ") + std::string(core::text(m, state.lang));
  ImGui::PushTextWrapPos(420 * context.scale);
  ImGui::TextUnformatted(core::tr(state.lang, Msg::UiQuitQuestion, lost).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
  if (ImGui::Button(uiText(state.lang, Msg::UiQuitConfirm)) || enter) state.quitConfirmed = true;
  context.targets.addLastItem("quit.confirm");
  ImGui::SameLine();
  const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  if (ImGui::Button(uiText(state.lang, Msg::UiQuitCancel)) || escape) {
    state.quitAsked = false;
    ImGui::CloseCurrentPopup();
  }
  context.targets.addLastItem("quit.cancel");
  ImGui::EndPopup();
}

}  // namespace wm::ui
