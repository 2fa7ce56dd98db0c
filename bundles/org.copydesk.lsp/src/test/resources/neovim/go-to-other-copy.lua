-- Drives headless Neovim through the shipped editors/neovim setup: open a draft that copies a paragraph of another
-- draft, wait for the copy's diagnostic, run its "Go to the other copy" action as vim.lsp.buf.code_action() runs
-- a chosen action, and report where Neovim went. Reports through a result file:
--   COPYDESK_NVIM_RUNTIME  editors/neovim     COPYDESK_CMD     the server command, as JSON
--   COPYDESK_FILE          the later draft    COPYDESK_RESULT  where to write "related=URI", "action=TITLE",
--                                                               "buffer=PATH", "line=N" (1-based)
local out = assert(io.open(os.getenv('COPYDESK_RESULT'), 'w'))
local function report(line)
  out:write(line .. '\n')
  out:flush()
end

local ok, err = pcall(function()
  vim.opt.runtimepath:append(os.getenv('COPYDESK_NVIM_RUNTIME'))
  require('copydesk').setup({ cmd = vim.fn.json_decode(os.getenv('COPYDESK_CMD')) })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('COPYDESK_FILE')))
  local copy
  vim.wait(30000, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
      if diagnostic.code == 'duplicate-paragraph' then
        copy = diagnostic
        return true
      end
    end
    return false
  end, 20)
  assert(copy, 'no duplicate-paragraph diagnostic')
  local related = (copy.user_data and copy.user_data.lsp and copy.user_data.lsp.relatedInformation) or {}
  report('related=' .. ((related[1] and related[1].location.uri) or ''))
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = { start = { line = copy.lnum, character = 0 }, ['end'] = { line = copy.lnum, character = 0 } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 10000)
  for client_id, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.title:find('Go to the other copy', 1, true) then
        report('action=' .. action.title)
        local command = action.command
        local run = vim.lsp.commands[command.command]
        if run then
          run(command, { bufnr = 0, client_id = client_id })
        else
          vim.lsp.buf.execute_command(command)
        end
      end
    end
  end
  vim.wait(10000, function()
    return vim.api.nvim_buf_get_name(0) ~= os.getenv('COPYDESK_FILE')
  end, 20)
  report('buffer=' .. vim.api.nvim_buf_get_name(0))
  report('line=' .. vim.api.nvim_win_get_cursor(0)[1])
end)
if not ok then
  report('error=' .. tostring(err))
end
out:close()
vim.cmd('qall!')
