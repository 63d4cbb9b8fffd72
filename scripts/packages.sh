# Sourced by scripts/demo and scripts/test: the Debian packages Column Planner needs,
# installed only when missing (so a second run touches nothing).

BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libqscintilla2-qt6-dev qtkeychain-qt6-dev
  libpqxx-dev libpq-dev libsqlite3-dev libpg-query-dev libprotobuf-c-dev libmariadb-dev libqt6svg6
)
TEST_PACKAGES=(clang clang-format libclang-rt-14-dev postgresql-15 postgresql-client-15 mariadb-server mariadb-client sqlite3 xvfb xauth fonts-dejavu-core
               python3-django python3-psycopg2 sqitch libdbd-pg-perl poppler-utils
               desktop-file-utils appstream dpkg-dev groff-base)

install_missing() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_project() {
  local root=$1
  cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build "$root/build" --parallel "$(nproc)"
}
