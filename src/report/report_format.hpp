#pragma once
namespace wm::report {
enum class Format { Markdown, Csv, Json };
}
