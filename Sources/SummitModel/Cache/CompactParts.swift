// The parts records share, in the cache's compact form (`CompactValue`); each record kind's own pair is in
// Records/<Kind>+Compact.swift.

extension SourceSpan: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(start)
        writer.write(end)
        writer.write(excerpt)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(start: try reader.read(), end: try reader.read(), excerpt: try reader.read())
    }
}

extension Stance: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(value)
        writer.write(basis)
        writer.write(note)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(value: try reader.read(), basis: try reader.read(), note: try reader.read())
    }
}

extension Role: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(text)
        writer.write(span)
        writer.write(pillars)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(text: try reader.read(), span: try reader.read(), pillars: try reader.read())
    }
}

extension Dispute: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(by)
        writer.write(text)
        writer.write(span)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(by: try reader.read(), text: try reader.read(), span: try reader.read())
    }
}

extension Source: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(title)
        writer.write(standfirst)
        writer.write(author)
        writer.write(outlet)
        writer.write(credit)
        writer.write(text)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            title: try reader.read(), standfirst: try reader.read(), author: try reader.read(),
            outlet: try reader.read(), credit: try reader.read(), text: try reader.read())
    }
}

extension ActorKind: CompactCase {}
extension EventStatus: CompactCase {}
extension StanceValue: CompactCase {}
