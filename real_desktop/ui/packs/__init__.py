"""Content packs in the window (core/packs does the work; this package only asks and shows).

- `drive_dialog.AddFromDriveDialog`: "Add content from a drive…" — the packs on removable
  drives or in a chosen file/folder, what each would do, install with progress + Cancel.
- `export_dialog.ExportPackDialog`: "Export as content pack…".
- `installed_dialog.InstalledPacksDialog`: "Content packs…" — installed packs, update,
  remove (asking about notes), the inbox folder and the signed-packs setting.
- `inbox.PackInboxWatch`: polls the inbox folder while the app runs.
- `operations.PackOperations`: the window's entry points, behind the action registry.
- `common`: the progress panel, sizes, and the install worker every dialog shares.
"""
