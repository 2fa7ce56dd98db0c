-- Copydesk for Neovim's built-in LSP client: diagnostics, quick fixes and hovers from `copydesk lsp` in plain
-- text, Markdown and AsciiDoc buffers. Works with Neovim 0.7 and newer; needs nothing but this file.
--
--   vim.opt.runtimepath:append('/path/to/copydesk/editors/neovim')   -- or copy this file to ~/.config/nvim/lua/
--   require('copydesk').setup({ cmd = { 'java', '-jar', '/path/to/copydesk.jar', 'lsp' } })
--
-- Then: diagnostics as you type, `vim.lsp.buf.code_action()` for the fixes, `vim.lsp.buf.hover()` for the rule's
-- page, :CopydeskFixAll for every automatic fix (what `copydesk fix` does), :CopydeskCheckWorkspace for the drafts
-- that are not open. Options: cmd, filetypes, settings (the same rules and ignore as .copydesk.yaml, for what the
-- file does not say), fix_all_on_save, watch_files (Neovim 0.9 and newer: tell the server of drafts changed on disk
-- outside Neovim, so that copies across files stay current; on by default, which Neovim is not on Linux).
local M = {}

local FIX_ALL = 'source.fixAll.copydesk'

M.defaults = {
  cmd = { 'copydesk', 'lsp' },
  filetypes = { 'text', 'markdown', 'asciidoc', 'asciidoctor' },
  settings = { copydesk = vim.empty_dict() },
  fix_all_on_save = false,
  watch_files = true,
}

local options = vim.deepcopy(M.defaults)
local clients = {} -- client id by workspace folder, for Neovim 0.7 (later ones reuse clients themselves)

-- A client's method: called with ':' from Neovim 0.11 on (the '.' form is deprecated there), with '.' before.
local function call(client, method, ...)
  if vim.fn.has('nvim-0.11') == 1 then
    return client[method](client, ...)
  end
  return client[method](...)
end

-- The workspace folder: the top of the git work tree, else the folder of the nearest .copydesk.yaml, else the file's.
local function root_dir(bufnr)
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  local config = vim.fn.findfile('.copydesk.yaml', dir .. ';')
  if config ~= '' then
    return vim.fn.fnamemodify(config, ':p:h')
  end
  return dir
end

--- Starts the server for the buffer's workspace folder, or attaches the buffer to the one running there.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= '' then
    return
  end
  local root = root_dir(bufnr)
  local config = {
    name = 'copydesk',
    cmd = options.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    settings = options.settings,
  }
  if options.watch_files and vim.fn.has('nvim-0.9') == 1 then
    local capabilities = vim.lsp.protocol.make_client_capabilities()
    capabilities.workspace.didChangeWatchedFiles = { dynamicRegistration = true, relativePatternSupport = true }
    config.capabilities = capabilities
  end
  if vim.lsp.start then -- 0.8 and later: starts or reuses the client for this name and folder, and attaches
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = clients[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or call(client, 'is_stopped') then
    id = vim.lsp.start_client(config)
    if not id then
      vim.notify('copydesk: could not start ' .. table.concat(options.cmd, ' '), vim.log.levels.ERROR)
      return
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

local function copydesk_client(bufnr)
  if vim.lsp.get_clients then -- 0.10 and later
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'copydesk' })[1]
  end
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'copydesk' then
      return client
    end
  end
end

--- Applies every automatic fix to the buffer at once, as `copydesk fix` would; synchronous, so it can run on save.
function M.fix_all(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = copydesk_client(bufnr)
  if not client then
    return false
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { only = { FIX_ALL }, diagnostics = {} },
  }
  local response = call(client, 'request_sync', 'textDocument/codeAction', params, 5000, bufnr)
  for _, action in ipairs((response and response.result) or {}) do
    if action.kind == FIX_ALL then
      if not action.edit then
        local resolved = call(client, 'request_sync', 'codeAction/resolve', action, 5000, bufnr)
        action = (resolved and resolved.result) or action
      end
      if action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
        return true
      end
    end
  end
  return false
end

--- Checks the drafts of the workspace folders that are not open; their findings go to the diagnostics list.
function M.check_workspace(bufnr)
  local client = copydesk_client((bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr)
  if client then
    call(client, 'request', 'workspace/executeCommand', { command = 'copydesk.checkWorkspace', arguments = {} }, function(err, result)
      if err then
        vim.notify('copydesk: ' .. err.message, vim.log.levels.ERROR)
      elseif result then
        vim.notify(string.format('copydesk: %d drafts checked, %d findings', result.files, result.findings))
      end
    end, 0)
  end
end

-- "Go to the other copy" (a paragraph copied from another draft): run here, so that Neovim versions without
-- window/showDocument (before 0.8) open the other draft at the paragraph too.
local function show_other_copy(command)
  local uri, range = command.arguments[1], command.arguments[2]
  local location = { uri = uri, range = range }
  if vim.lsp.util.show_document then -- 0.10 and later
    vim.lsp.util.show_document(location, 'utf-16', { focus = true })
  else
    vim.lsp.util.jump_to_location(location, 'utf-16')
  end
end

function M.setup(user)
  vim.lsp.commands['copydesk.showOtherCopy'] = show_other_copy
  options = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), user or {})
  local group = vim.api.nvim_create_augroup('copydesk', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  if options.fix_all_on_save then
    vim.api.nvim_create_autocmd('BufWritePre', {
      group = group,
      callback = function(args)
        M.fix_all(args.buf)
      end,
    })
  end
  vim.api.nvim_create_user_command('CopydeskFixAll', function()
    M.fix_all(0)
  end, { desc = 'Apply every automatic Copydesk fix to this buffer' })
  vim.api.nvim_create_user_command('CopydeskCheckWorkspace', function()
    M.check_workspace(0)
  end, { desc = 'Check the drafts of the workspace folders with Copydesk' })
  -- buffers already open when setup runs
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
