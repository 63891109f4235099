/// XXH64 (Yann Collet's xxHash, 64 bits, seed 0) over bytes, fed in pieces of any size.
///
/// The cache's content hash and checksum: it only has to notice a changed file or a damaged cache, not resist an
/// attacker (whoever can write the cache can write the dataset), so a fast non-cryptographic hash is enough. XXH64
/// reads 32 bytes per round on four independent lanes (several GB/s), where FNV-1a's one byte per multiply would
/// cost a quarter of a second on a 263 MB file.
public struct ContentHash: Sendable {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    private var v1 = p1 &+ p2
    private var v2 = p2
    private var v3: UInt64 = 0
    private var v4 = 0 &- p1
    private var total: UInt64 = 0
    /// Bytes not yet making a whole 32-byte stripe.
    private var pending: [UInt8] = []

    public init() { pending.reserveCapacity(32) }

    /// The hash of `bytes` in one call.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        hash.update(bytes)
        return hash.finish()
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        total &+= UInt64(bytes.count)
        var i = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            i = take
            if pending.count < 32 { return }
            pending.withUnsafeBytes { stripe($0, 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while i + 32 <= bytes.count {
            stripe(bytes, i)
            i += 32
        }
        if i < bytes.count { pending.append(contentsOf: bytes[i...]) }
    }

    public func finish() -> UInt64 {
        var h: UInt64
        if total >= 32 {
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            for v in [v1, v2, v3, v4] {
                h ^= Self.round(0, v)
                h = h &* Self.p1 &+ Self.p4
            }
        } else {
            h = Self.p5
        }
        h &+= total
        pending.withUnsafeBytes { tail in
            var i = 0
            while i + 8 <= tail.count {
                h ^= Self.round(0, tail.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                h = rotl(h, 27) &* Self.p1 &+ Self.p4
                i += 8
            }
            if i + 4 <= tail.count {
                h ^= UInt64(tail.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* Self.p1
                h = rotl(h, 23) &* Self.p2 &+ Self.p3
                i += 4
            }
            while i < tail.count {
                h ^= UInt64(tail[i]) &* Self.p5
                h = rotl(h, 11) &* Self.p1
                i += 1
            }
        }
        h ^= h >> 33
        h = h &* Self.p2
        h ^= h >> 29
        h = h &* Self.p3
        h ^= h >> 32
        return h
    }

    @inline(__always)
    private mutating func stripe(_ bytes: UnsafeRawBufferPointer, _ at: Int) {
        v1 = Self.lane(v1, bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian)
        v2 = Self.lane(v2, bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self).littleEndian)
        v3 = Self.lane(v3, bytes.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self).littleEndian)
        v4 = Self.lane(v4, bytes.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self).littleEndian)
    }

    @inline(__always)
    private static func lane(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always)
    private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { lane(acc, input) }
}

@inline(__always)
private func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
