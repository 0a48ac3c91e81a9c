# Writes OUT, a C++ file holding every file below DIR as a {path, content} table, so the
# templates `ungap init` and `ungap new` write stay files in the source tree (lintable, readable)
# and ship inside the executable. Run by src/CMakeLists.txt at build time.
file(GLOB_RECURSE files RELATIVE ${DIR} ${DIR}/*)
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  file(READ ${DIR}/${f} content)
  string(APPEND body "    {\"${f}\", R\"ungap_template(${content})ungap_template\"},\n")
endforeach()
file(WRITE ${OUT}.tmp
  "// Generated from src/cli/templates by cmake/embed_templates.cmake; do not edit.\n"
  "#include \"cli/templates.h\"\n\n"
  "namespace ungap::cli {\n\n"
  "const std::vector<report::Template>& template_files() {\n"
  "  static const std::vector<report::Template> files{\n${body}  };\n"
  "  return files;\n}\n\n}  // namespace ungap::cli\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
