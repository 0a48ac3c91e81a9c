// ungap's entry point: everything lives in src/cli/app.cc so it can be tested.
#include "cli/app.h"

int main(int argc, char** argv) { return ungap::cli::run(argc, argv); }
