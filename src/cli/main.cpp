// ungap's entry point: everything lives in src/cli/app.cc so it can be tested.
#include "cli/app.h"

#ifdef UNGAP_MIMALLOC
// operator new and delete straight to mimalloc (malloc itself is replaced by linking it).
#include <mimalloc-new-delete.h>
#endif

int main(int argc, char** argv) {
  return ungap::cli::run(argc, argv);
}
