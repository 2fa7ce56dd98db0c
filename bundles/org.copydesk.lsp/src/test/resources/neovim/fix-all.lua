-- Drives headless Neovim through the shipped editors/neovim setup: open a draft, wait for Copydesk's diagnostics,
-- apply the fix-all code action, write the file, wait for the diagnostics to clear. Reports through a result file:
--   COPYDESK_NVIM_RUNTIME  editors/neovim     COPYDESK_CMD     the server command, as JSON
--   COPYDESK_FILE          the draft          COPYDESK_COUNT   the diagnostics to wait for
--   COPYDESK_LEFT          the diagnostics the fixes leave
--   COPYDESK_RESULT        where to write "diagnostics=N", "fixed=true|false", "after=N"
local out = assert(io.open(os.getenv('COPYDESK_RESULT'), 'w'))
local function report(line)
  out:write(line .. '\n')
  out:flush()
end

local ok, err = pcall(function()
  vim.opt.runtimepath:append(os.getenv('COPYDESK_NVIM_RUNTIME'))
  require('copydesk').setup({ cmd = vim.fn.json_decode(os.getenv('COPYDESK_CMD')) })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('COPYDESK_FILE')))
  local expected = tonumber(os.getenv('COPYDESK_COUNT'))
  vim.wait(30000, function()
    return #vim.diagnostic.get(0) >= expected
  end, 20)
  report('diagnostics=' .. #vim.diagnostic.get(0))
  report('fixed=' .. tostring(require('copydesk').fix_all(0)))
  vim.cmd('write')
  local left = tonumber(os.getenv('COPYDESK_LEFT'))
  vim.wait(30000, function()
    return #vim.diagnostic.get(0) == left
  end, 20)
  report('after=' .. #vim.diagnostic.get(0))
end)
if not ok then
  report('error=' .. tostring(err))
end
out:close()
vim.cmd('qall!')
