#include "app/exit_code.hpp"
