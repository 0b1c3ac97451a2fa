#include "report/report_format.hpp"
