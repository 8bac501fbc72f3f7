// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full module
// pulls in an ESM-only dependency that jest cannot load on Node 20; jest maps it to this stub.
exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
