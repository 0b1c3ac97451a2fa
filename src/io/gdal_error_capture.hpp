#pragma once
// Routes GDAL's CPLError messages raised on this thread into our hands while an object of this type lives,
// instead of GDAL printing them to stderr. Internal to io.
#include <string>
#include <vector>

namespace wm::io {

class GdalErrorCapture {
public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture&) = delete;
  GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

  /// Messages of CE_Failure/CE_Fatal (and CE_Warning) raised since the last take().
  bool any() const { return !_messages.empty(); }
  std::string take();
  std::string last() const { return _messages.empty() ? std::string() : _messages.back(); }

private:
  std::vector<std::string> _messages;
};

}  // namespace wm::io
