# Checks the module dependency table of docs/architecture.md on the sources themselves: a module includes only
# the project headers of the modules below it, and only the module that owns a third-party library includes its
# headers. Run as: cmake -DSRC=<repo>/src -P include_rules.cmake
set(allowed_core core)
set(allowed_geo core geo)
set(allowed_domain core geo domain)
set(allowed_io core geo domain io)
set(allowed_analysis core domain analysis)
set(allowed_report core domain analysis report)
set(allowed_publish core domain analysis report publish)
set(allowed_scene core geo domain analysis scene)
set(allowed_render core geo scene render)
set(allowed_samplegen core samplegen)
set(allowed_ui core domain analysis ui)
set(allowed_app core geo domain io analysis report publish scene render ui app)

# Third-party header name patterns and the modules allowed to include them.
set(third_party
  "gdal|ogr|cpl_:io samplegen"
  "proj\\.h|geodesic\\.h:geo"
  "geos_c\\.h:geo"
  "toml\\+\\+:io"
  "nlohmann/:report"
  "xlsxwriter:publish"
  "CLI/:app samplegen"
  "osg[A-Za-z]*/:scene render app"
  "fontconfig/:scene"
  "imgui|imstb_|backends/imgui_impl:ui app"
  "SDL:app"
  "cairo|ft2build|freetype/:publish"
  "zip\\.h|zipconf:publish"
  "libav|libswscale/:publish")

set(failures "")
file(GLOB modules LIST_DIRECTORIES true "${SRC}/*")
foreach(dir ${modules})
  if(NOT IS_DIRECTORY ${dir})
    continue()
  endif()
  get_filename_component(module ${dir} NAME)
  if(NOT DEFINED allowed_${module})
    string(APPEND failures "src/${module}: a module missing from the dependency table\n")
    continue()
  endif()
  file(GLOB files "${dir}/*.hpp" "${dir}/*.cpp")
  foreach(file ${files})
    file(STRINGS ${file} includes REGEX "^#include ")
    foreach(line ${includes})
      if(line MATCHES "^#include \"([a-z]+)/")
        list(FIND allowed_${module} ${CMAKE_MATCH_1} found)
        if(found EQUAL -1)
          string(APPEND failures "${file}: ${module} may not include ${CMAKE_MATCH_1}/ (${line})\n")
        endif()
      elseif(line MATCHES "^#include <([^>]+)>")
        set(header ${CMAKE_MATCH_1})
        foreach(rule ${third_party})
          string(REPLACE ":" ";" parts ${rule})
          list(GET parts 0 pattern)
          list(GET parts 1 owners)
          string(REPLACE " " ";" owners ${owners})
          if(header MATCHES "^(${pattern})")
            list(FIND owners ${module} owned)
            if(owned EQUAL -1)
              string(APPEND failures "${file}: ${module} may not include <${header}> (owned by ${owners})\n")
            endif()
          endif()
        endforeach()
      endif()
    endforeach()
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "Include rules broken:\n${failures}")
endif()
message(STATUS "include rules hold for every module")
