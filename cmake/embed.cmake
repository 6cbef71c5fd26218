# Writes OUTPUT, a C++ source defining kehoach::builtin_acts_yaml with the bytes of INPUT.
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}" "// Generated from data/acts.yaml by cmake/embed.cmake. Do not edit.\n"
     "namespace kehoach {\nnamespace {\nconstexpr char bytes[] = {${bytes} '\\0'};\n}\n"
     "extern const char* const builtin_acts_yaml;\nconst char* const builtin_acts_yaml = bytes;\n}\n")
