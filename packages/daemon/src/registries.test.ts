import { normaliseMirror, validateInsecureRegistry } from './registries';

describe('registry settings', () => {
  it('normalises mirrors as dockerd (a trailing slash) and refuses what it refuses', () => {
    expect(normaliseMirror('https://mirror.example')).toBe('https://mirror.example/');
    expect(normaliseMirror('http://10.0.0.1:5000/')).toBe('http://10.0.0.1:5000/');
    expect(() => normaliseMirror('mirror.example')).toThrow('invalid mirror: "mirror.example" is not a valid URI');
    expect(() => normaliseMirror('ftp://mirror.example')).toThrow('invalid mirror: unsupported scheme "ftp" in "ftp://mirror.example"');
    expect(() => normaliseMirror('https://mirror.example/?a=1')).toThrow('invalid mirror: query or fragment at end of the URI');
    expect(() => normaliseMirror('https://u:secret@mirror.example')).toThrow(/username\/password not allowed in URI "https:\/\/u:xxxxx@mirror\.example\/"/);
  });

  it('takes CIDR ranges and host[:port] as insecure registries', () => {
    for (const ok of ['10.0.0.0/8', 'myregistry:5000', 'registry.local', 'http://reg.local:5000', '127.0.0.1:5000', '::1']) expect(() => validateInsecureRegistry(ok)).not.toThrow();
    expect(() => validateInsecureRegistry('-bad')).toThrow('invalid index name (-bad). Cannot begin or end with a hyphen');
    expect(() => validateInsecureRegistry('ftp://reg')).toThrow("insecure registry ftp://reg should not contain '://'");
    expect(() => validateInsecureRegistry('bad_host!')).toThrow('insecure registry bad_host! is not valid: invalid host "bad_host!"');
    expect(() => validateInsecureRegistry('reg:99999')).toThrow('insecure registry reg:99999 is not valid: invalid port "99999"');
  });
});
