#pragma once
// Result<T>: a value or an error message, for operations that fail on bad input without throwing.
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/translation.hpp"

namespace wm::core {

/// A failure that stops one operation (one file, one layer): a message of the translation table and its
/// arguments, put into words in the reader's language only when shown. A third-party library's own reason
/// (PROJ's, FFmpeg's, the system's) travels as an argument. There is deliberately no way to make one from
/// plain text.
struct Error {
  explicit Error(Msg message, std::vector<std::string> arguments = {}) : msg(message), args(std::move(arguments)) {}

  Msg msg;
  std::vector<std::string> args;

  /// The failure in words, in `lang`.
  std::string text(Lang lang) const { return trArgs(lang, msg, args); }
  /// The failure as an argument of another message or a Diagnostic (a msgArg), put into words with it.
  std::string asArg() const { return msgArg(msg, args); }
};

/// A value of T or a failure E. E is Error everywhere text can reach a user; the sample-data generator, a
/// developer's tool, has a plain-text failure of its own (samplegen/failure.hpp).
template <typename T, typename E = Error>
class Result {
public:
  Result(T value) : _v(std::move(value)) {}  // NOLINT: implicit by design, like std::expected
  Result(E error) : _v(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(_v); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(_v); }
  const T& value() const& { return std::get<T>(_v); }
  T&& value() && { return std::get<T>(std::move(_v)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const E& error() const { return std::get<E>(_v); }

private:
  std::variant<T, E> _v;
};

}  // namespace wm::core
