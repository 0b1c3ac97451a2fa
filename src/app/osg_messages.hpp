#pragma once
// OpenSceneGraph's own messages (its notify stream): English, for OSG's developers, printed on stderr by default
// ("Error writing file …", the X11 error block a pbuffer context causes under Xvfb). WorksMap says what went
// wrong in its own translated messages, so OSG's are kept off the terminal unless the user asks for them with
// OSG's own variable, OSG_NOTIFY_LEVEL.

namespace wm::app {

/// Installs the handler for the process (call once, first thing): without OSG_NOTIFY_LEVEL in the environment,
/// OSG's messages are dropped; with it, OSG prints them as it always does.
void quietOsgMessages();

}  // namespace wm::app
