#include "app/osg_messages.hpp"

#include <cstdlib>

#include <osg/Notify>

namespace wm::app {
namespace {

class DroppedMessages : public osg::NotifyHandler {
public:
  void notify(osg::NotifySeverity, const char*) override {}
};

}  // namespace

void quietOsgMessages() {
  if (std::getenv("OSG_NOTIFY_LEVEL")) return;
  osg::setNotifyHandler(new DroppedMessages);
}

}  // namespace wm::app
