extension Note: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(text)
        writer.write(about)
        writer.write(span)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(id: try reader.read(), text: try reader.read(), about: try reader.read(), span: try reader.read())
    }
}
