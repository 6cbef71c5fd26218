# Writes OUTPUT, a C++ source defining kehoach::<SYMBOL> (default builtin_acts_yaml) with the
# bytes of INPUT.
if(NOT SYMBOL)
  set(SYMBOL builtin_acts_yaml)
endif()
get_filename_component(name "${INPUT}" NAME)
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}" "// Generated from data/${name} by cmake/embed.cmake. Do not edit.\n"
     "namespace kehoach {\nnamespace {\nconstexpr char bytes[] = {${bytes} '\\0'};\n}\n"
     "extern const char* const ${SYMBOL};\nconst char* const ${SYMBOL} = bytes;\n}\n")
