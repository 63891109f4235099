extension Actor: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(kind)
        writer.write(aliases)
        writer.write(stance)
        writer.write(roles)
        writer.write(span)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), name: try reader.read(), kind: try reader.read(), aliases: try reader.read(),
            stance: try reader.read(), roles: try reader.read(), span: try reader.read())
    }
}
