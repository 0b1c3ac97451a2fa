#pragma once
// Result<T>: a value or an error message, for operations that fail on bad input without throwing.
#include <string>
#include <utility>
#include <variant>

namespace wm::core {

/// A failure that stops one operation (one file, one layer). The text is already user-facing.
struct Error {
  std::string message;
};

template <typename T>
class Result {
public:
  Result(T value) : _v(std::move(value)) {}  // NOLINT: implicit by design, like std::expected
  Result(Error error) : _v(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(_v); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(_v); }
  const T& value() const& { return std::get<T>(_v); }
  T&& value() && { return std::get<T>(std::move(_v)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<Error>(_v); }

private:
  std::variant<T, Error> _v;
};

}  // namespace wm::core
