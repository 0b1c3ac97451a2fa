#pragma once
// Typed text as an OSG user event: the desktop window queues what was typed (or committed by the input method)
// in the same event queue as the keys, so the desk sees "Backspace, then 青" in the order the user typed them.
#include <string>

#include <osg/Referenced>

namespace wm::app {

struct TypedText : osg::Referenced {
  explicit TypedText(std::string text) : utf8(std::move(text)) {}
  std::string utf8;
};

}  // namespace wm::app
