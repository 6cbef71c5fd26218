# Writes OUTPUT, a C++ source defining kehoach::NAME (builtin_acts_yaml unless given) with the
# bytes of INPUT.
if(NOT DEFINED NAME)
  set(NAME builtin_acts_yaml)
endif()
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed.cmake. Do not edit.\n"
     "namespace kehoach {\nnamespace {\nconstexpr char bytes[] = {${bytes} '\\0'};\n}\n"
     "extern const char* const ${NAME};\nconst char* const ${NAME} = bytes;\n}\n")
