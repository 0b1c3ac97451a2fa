#include "app/cli.hpp"

int main(int argc, char** argv) { return wm::app::runCli(argc, argv); }
