#!/bin/sh
# Regenerates editors/neovim/neovim.png, the README's picture: Neovim in an xterm under Xvfb, set up from
# editors/neovim, on the example article with Copydesk's diagnostics and their location list.
# Needs the command line tool built (bundles/org.copydesk.cli/target/copydesk.jar) and
# apt-get install -y neovim xvfb xauth xterm imagemagick fonts-dejavu-core
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/releng/examples/000_4e3a9109ce5d23f9.txt" "$work/article.txt"
cat > "$work/setup.lua" <<LUA
vim.opt.runtimepath:append('$root/editors/neovim')
vim.opt.termguicolors = true
vim.opt.number = true
vim.opt.linebreak = true
vim.opt.signcolumn = 'yes'
require('copydesk').setup({ cmd = { '$root/bundles/org.copydesk.cli/copydesk', 'lsp' } })
vim.cmd('edit article.txt')
vim.wait(30000, function() return #vim.diagnostic.get(0) >= 9 end, 50)
vim.diagnostic.setloclist({ open = true })
vim.cmd('wincmd k')
vim.cmd('normal! 9Gzt')
LUA
cat > "$work/shoot.sh" <<SHOT
#!/bin/sh
cd "$work"
xterm -geometry 175x50+0+0 -fa 'DejaVu Sans Mono' -fs 10 -bg '#1e1e1e' -fg '#d4d4d4' -e nvim --clean -c 'luafile setup.lua' &
sleep \${WAIT:-20}
import -window root "$work/shot.png"
kill \$! 2>/dev/null || true
SHOT
xvfb-run -a -s "-screen 0 1320x860x24" sh "$work/shoot.sh" 2>/dev/null || true
convert "$work/shot.png" -crop 1320x860+0+0 +repage "$root/editors/neovim/neovim.png"
echo "wrote editors/neovim/neovim.png"
