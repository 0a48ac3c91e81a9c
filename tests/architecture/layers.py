#!/usr/bin/env python3
"""The layers of src/, enforced (docs/architecture.md, "Layers").

Each folder under src/ is one static library and may include only from the folders its row
allows; a library named in an include's angle brackets belongs to one folder. The link line of
each folder in src/CMakeLists.txt must name exactly the folders its files include, so the build
cannot hide a dependency the code has, nor claim one it does not.

Usage: layers.py REPO_ROOT   (exit 0: clean; exit 1: every violation printed as file:line)
"""
import re
import sys
from pathlib import Path

# Folder -> the folders its files may include (besides itself). Keep equal to the table in
# docs/architecture.md.
ALLOWED = {
    "util": set(),
    "model": {"util"},
    "expr": {"util"},
    "load": {"util", "model", "expr"},
    "engine": {"util", "model", "expr"},
    "report": {"util", "model", "engine"},
    "cli": {"util", "model", "expr", "load", "engine", "report"},
}

# Third-party headers that belong to one folder only (the first path component or file name).
OWNED = {
    "yaml-cpp": "load",
    "CLI": "cli",
    "zlib.h": "report",
    "simdjson.h": "report",
    "re2": "expr",
    "openssl": "util",
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
LIBRARY = re.compile(r"^ungap_library\(ungap_(\w+)\s+(\w+)((?:\s+[\w:-]+)*)\)", re.M)


def includes(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = INCLUDE.match(line)
        if match:
            yield number, match.group(1), match.group(2)


def check_includes(src):
    problems, used = [], {folder: set() for folder in ALLOWED}
    for folder in ALLOWED:
        for path in sorted((src / folder).glob("*.*")):
            if path.suffix not in (".h", ".cc", ".cpp", ".in"):
                continue
            rel = path.relative_to(src.parent)
            for number, quote, target in includes(path):
                head = target.split("/")[0]
                if quote == '"' and head in ALLOWED and head != folder:
                    used[folder].add(head)
                    if head not in ALLOWED[folder]:
                        problems.append(
                            f"{rel}:{number}: error: '{folder}' may not include \"{target}\": "
                            f"'{head}' is not below it [layer-include]")
                owner = OWNED.get(head)
                if quote == "<" and owner and owner != folder:
                    problems.append(
                        f"{rel}:{number}: error: <{target}> belongs to src/{owner} only "
                        f"[layer-library]")
    return problems, used


def check_links(cmake, used):
    problems, seen = [], set()
    text = cmake.read_text(encoding="utf-8")
    for match in LIBRARY.finditer(text):
        name, folder, deps = match.group(1), match.group(2), match.group(3).split()
        line = text.count("\n", 0, match.start()) + 1
        seen.add(folder)
        linked = {d[len("ungap_"):] for d in deps if d.startswith("ungap_")}
        if folder not in used:
            continue
        for missing in sorted(used[folder] - linked):
            problems.append(f"src/CMakeLists.txt:{line}: error: ungap_{name} does not link "
                            f"ungap_{missing}, which its files include [layer-link]")
        for extra in sorted(linked - used[folder]):
            problems.append(f"src/CMakeLists.txt:{line}: error: ungap_{name} links "
                            f"ungap_{extra}, which none of its files include [layer-link]")
    for folder in sorted(set(ALLOWED) - seen):
        problems.append(f"src/CMakeLists.txt: error: no ungap_library line for src/{folder} "
                        f"[layer-link]")
    return problems


def main():
    root = Path(sys.argv[1])
    src = root / "src"
    folders = {p.name for p in src.iterdir() if p.is_dir()}
    problems = [f"src/{f}: error: a folder with no row in the layer table [layer-folder]"
                for f in sorted(folders - set(ALLOWED))]
    include_problems, used = check_includes(src)
    problems += include_problems + check_links(src / "CMakeLists.txt", used)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
