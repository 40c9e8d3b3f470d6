#!/usr/bin/env bash
# Install Ceremony for the current user from this folder (the one-folder app):
# the app into ~/.local/share/ceremony/app, a `ceremony` command in ~/.local/bin, and the
# menu entry and icons. `./install.sh --uninstall` removes those again and nothing else:
# the registry, its backups, settings and logs stay where they are (~/.local/share/Ceremony).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$data/ceremony/app
bin=$HOME/.local/bin

uninstall() {
  rm -rf "$data/ceremony"
  rm -f "$bin/ceremony" "$data/applications/ceremony.desktop"
  find "$data/icons/hicolor" -path '*/apps/ceremony.*' -delete 2>/dev/null || true
  echo "Ceremony removed; your registry and backups in $data/Ceremony are kept."
}

install() {
  [[ -x "$here/ceremony" ]] || { echo "Run this from the unpacked Ceremony folder" >&2; exit 1; }
  [[ "$here" != "$app" ]] || { echo "Already installed here; run the new version's install.sh" >&2; exit 1; }
  rm -rf "$app" && mkdir -p "$app" "$bin" "$data/applications"
  cp -a "$here/." "$app/"
  ln -sf "$app/ceremony" "$bin/ceremony"
  cp -r "$here/share/icons/." "$data/icons/"
  sed "s|^Exec=ceremony|Exec=\"$app/ceremony\"|" "$here/share/applications/ceremony.desktop" \
    > "$data/applications/ceremony.desktop"
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
  echo "Ceremony $("$app/ceremony" --version | cut -d' ' -f2) installed: open it from the menu, or run 'ceremony'."
}

if [[ "${1:-}" == "--uninstall" ]]; then uninstall; else install; fi
