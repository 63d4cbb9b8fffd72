# Debian's libqscintilla2-qt6-dev ships no CMake config: find the header under the Qt include
# directory and the qscintilla2_qt6 library, and expose them as QScintilla::QScintilla.
find_package(Qt6 REQUIRED COMPONENTS Widgets)
get_target_property(_qt6_widgets_includes Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
set(_qsci_hints)
foreach(_dir IN LISTS _qt6_widgets_includes)
  list(APPEND _qsci_hints "${_dir}" "${_dir}/..")
endforeach()
find_path(QScintilla_INCLUDE_DIR Qsci/qsciscintilla.h
          HINTS ${_qsci_hints}
          PATHS /usr/include/x86_64-linux-gnu/qt6 /usr/include/qt6)
find_library(QScintilla_LIBRARY NAMES qscintilla2_qt6)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR)

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
  add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
  set_target_properties(QScintilla::QScintilla PROPERTIES
    IMPORTED_LOCATION "${QScintilla_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS QSCINTILLA_DLL
    INTERFACE_LINK_LIBRARIES Qt6::Widgets)
endif()
mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY)
