/// summit's own version; `summit --version` adds the bundled dataset's title and format version.
enum SummitVersion {
    static let number = "0.1.0"
}
