#!/usr/bin/env python3
"""Checks the committed JSON Schemas and validates the bundled YAML files against them.

Standard library only (no PyPI): a structural check of each schema as draft 2020-12 (known
keywords, value types, resolvable $refs, compilable patterns, required keys that exist), then
validation of every bundled file with the keyword subset the schemas use. PyYAML (Debian's
python3-yaml) reads the YAML; without it the test is skipped (exit 77). When the optional
`jsonschema` module happens to be importable, its draft 2020-12 meta-schema check runs too.
The schemas of ungap's own JSON outputs (OUTPUTS) are checked the same way, and each golden
case that writes one (tests/golden/*/args naming the command and `--format json`) is validated
against its schema.
Usage: validate.py SCHEMA_DIR REPO_ROOT
"""
import json
import re
import sys
from pathlib import Path

SKIP = 77
KINDS = {"framework": "framework", "mapping": "mapping", "company": "statements",
         "rules": "rules", "tests": "tests", "vocabulary": "vocabulary"}
KEYWORD_TYPES = {
    "$schema": str, "$id": str, "$ref": str, "$defs": dict, "$comment": str, "title": str,
    "description": str, "type": (str, list), "properties": dict, "required": list,
    "additionalProperties": (bool, dict), "items": (bool, dict), "enum": list, "pattern": str,
    "allOf": list, "anyOf": list, "oneOf": list, "not": dict, "minimum": (int, float),
    "maximum": (int, float), "propertyNames": dict, "const": object, "minItems": int,
    "default": object, "examples": list, "format": str, "patternProperties": dict,
}
# Output schema -> the command whose `--format json` output it describes.
OUTPUTS = {"explain": "explain"}
TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}


def check_schema(node, root, path, problems):
    if isinstance(node, bool):
        return
    if not isinstance(node, dict):
        problems.append(f"{path}: a schema must be an object or a boolean")
        return
    for key, value in node.items():
        expected = KEYWORD_TYPES.get(key)
        if expected is None:
            problems.append(f"{path}: unknown draft 2020-12 keyword '{key}'")
        elif not isinstance(value, expected):
            problems.append(f"{path}/{key}: wrong type {type(value).__name__}")
    types = node.get("type", [])
    for t in [types] if isinstance(types, str) else types:
        if t not in TYPES:
            problems.append(f"{path}/type: unknown type '{t}'")
    if "pattern" in node:
        try:
            re.compile(node["pattern"])
        except re.error as e:
            problems.append(f"{path}/pattern: {e}")
    if "$ref" in node and resolve(root, node["$ref"]) is None:
        problems.append(f"{path}/$ref: cannot resolve '{node['$ref']}'")
    for name in node.get("required", []):
        if "properties" in node and name not in node["properties"]:
            problems.append(f"{path}/required: '{name}' is not a property")
    for key in ("properties", "$defs", "patternProperties"):
        for name, sub in node.get(key, {}).items():
            check_schema(sub, root, f"{path}/{key}/{name}", problems)
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(node.get(key, [])):
            check_schema(sub, root, f"{path}/{key}/{i}", problems)
    for key in ("items", "additionalProperties", "not", "propertyNames"):
        if isinstance(node.get(key), dict):
            check_schema(node[key], root, f"{path}/{key}", problems)


def resolve(root, ref):
    if not ref.startswith("#"):
        return None
    node = root
    for part in [p for p in ref[1:].split("/") if p]:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def type_ok(value, t):
    return {
        "object": isinstance(value, dict), "array": isinstance(value, list),
        "string": isinstance(value, str), "null": value is None,
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
    }[t]


def validate(value, schema, root, path, problems):
    if schema is True or schema is None:
        return
    if schema is False:
        problems.append(f"{path}: not allowed")
        return
    if "$ref" in schema:
        validate(value, resolve(root, schema["$ref"]), root, path, problems)
    if "type" in schema:
        types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        if not any(type_ok(value, t) for t in types):
            problems.append(f"{path}: expected {'/'.join(types)}, found {type(value).__name__}")
            return
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} not in {schema['enum']}")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        problems.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(value, (int, float)) and value < schema["minimum"]:
        problems.append(f"{path}: {value} is below {schema['minimum']}")
    if "maximum" in schema and isinstance(value, (int, float)) and value > schema["maximum"]:
        problems.append(f"{path}: {value} is above {schema['maximum']}")
    for sub in schema.get("allOf", []):
        validate(value, sub, root, path, problems)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            passing = 0
            for sub in schema[key]:
                sub_problems = []
                validate(value, sub, root, path, sub_problems)
                passing += not sub_problems
            if passing == 0 or (key == "oneOf" and passing > 1):
                problems.append(f"{path}: does not match {key}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                problems.append(f"{path}: missing required '{name}'")
        for name, item in value.items():
            if "propertyNames" in schema:
                validate(name, schema["propertyNames"], root, f"{path}/{name}", problems)
            if name in props:
                validate(item, props[name], root, f"{path}/{name}", problems)
            elif "additionalProperties" in schema:
                validate(item, schema["additionalProperties"], root, f"{path}/{name}", problems)
    if isinstance(value, list) and isinstance(schema.get("items"), (dict, bool)):
        for i, item in enumerate(value):
            validate(item, schema["items"], root, f"{path}/{i}", problems)


def yaml_loader(yaml):
    """A safe loader with ungap's scalar rules: dates stay strings, only true/false are bools."""
    class Loader(yaml.SafeLoader):
        pass
    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers
                if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"),
                                 list("tf"))
    return Loader


def main():
    schema_dir, root = Path(sys.argv[1]), Path(sys.argv[2])
    problems = []
    schemas = {}
    for kind in sorted(set(KINDS.values())) + sorted(OUTPUTS):
        schema = json.loads((schema_dir / f"{kind}.schema.json").read_text())
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append(f"{kind}: $schema is not draft 2020-12")
        check_schema(schema, schema, kind, problems)
        schemas[kind] = schema
    try:
        import jsonschema  # optional: only when already installed
        for kind, schema in schemas.items():
            jsonschema.Draft202012Validator.check_schema(schema)
        print("meta-schema check with jsonschema: ok")
    except ImportError:
        print("jsonschema not installed: structural schema check only")
    try:
        import yaml
    except ImportError:
        print("SKIP: PyYAML (Debian package python3-yaml) is not installed; cannot read YAML")
        for p in problems:
            print(p)
        return 1 if problems else SKIP
    loader = yaml_loader(yaml)
    files = [p for d in ("frameworks", "statements", "rules") for p in sorted((root / d).rglob("*.y*ml"))]
    files += [root / "vocabulary.yaml"]
    for path in files:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        kind = next((KINDS[k] for k in KINDS if isinstance(data, dict) and k in data), None)
        if kind is None:
            problems.append(f"{path.relative_to(root)}: unknown file kind")
            continue
        validate(data, schemas[kind], schemas[kind], str(path.relative_to(root)), problems)
    outputs = 0
    for args in sorted((root / "tests" / "golden").glob("*/args")):
        words = args.read_text().split()
        if words and words[0] in OUTPUTS and "--format json" in " ".join(words):
            kind = OUTPUTS[words[0]]
            data = json.loads((args.parent / "expected.out").read_text())
            validate(data, schemas[kind], schemas[kind], str(args.parent.relative_to(root)), problems)
            outputs += 1
    if outputs == 0:
        problems.append("no golden case writes an output that has a schema")
    for p in problems[:50]:
        print(p)
    print(f"{len(schemas)} schemas, {len(files)} files, {outputs} outputs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
