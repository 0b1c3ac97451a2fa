#pragma once
// Why the sample-county generator failed. It makes test data for developers and is not installed, so its failures
// are plain English text for whoever runs it, outside the translation table that every user-facing message goes
// through (Failure carries only a message key and arguments).
#include <string>

#include "core/result.hpp"

namespace wm::samplegen {

struct Failure {
  std::string message;
};

template <typename T>
using Result = core::Result<T, Failure>;

}  // namespace wm::samplegen
