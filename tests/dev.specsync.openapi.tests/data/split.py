#!/usr/bin/env python3
"""Writes data/multi/ by splitting real corpus specs into a root plus schemas/ and paths/ files.
Run by hand from this folder: python3 split.py /work/shared/corpus/openapi (the tests never run it)."""
import json, os, re, sys, yaml

corpus = sys.argv[1]
out = 'multi'

def rewrite(node, fn):
    if isinstance(node, dict):
        return {k: (fn(v) if k == '$ref' and isinstance(v, str) else rewrite(v, fn)) for k, v in node.items()}
    if isinstance(node, list):
        return [rewrite(v, fn) for v in node]
    return node

def slug(path):
    return re.sub(r'[^A-Za-z0-9]+', '-', path).strip('-') or 'root'

def dump(path, data, fmt):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        if fmt == 'json':
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write('\n')
        else:
            yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100)

# OpenAPI 3.0 petstore (YAML): paths/ and schemas/ files; requestBodies stay in the root.
p = yaml.safe_load(open(f'{corpus}/oas-examples/3.0/yaml/petstore.yaml'))
base = f'{out}/petstore-3.0'
def in_schemas(r):
    m = re.fullmatch(r'#/components/schemas/(\w+)', r)
    return f'{m.group(1)}.yaml' if m else r
def in_paths(r):
    m = re.fullmatch(r'#/components/schemas/(\w+)', r)
    if m:
        return f'../schemas/{m.group(1)}.yaml'
    return '../openapi.yaml' + r if r.startswith('#') else r
for path, item in p['paths'].items():
    dump(f'{base}/paths/{slug(path)}.yaml', rewrite(item, in_paths), 'yaml')
    p['paths'][path] = {'$ref': f'paths/{slug(path)}.yaml'}
for name, schema in p['components']['schemas'].items():
    dump(f'{base}/schemas/{name}.yaml', rewrite(schema, in_schemas), 'yaml')
    p['components']['schemas'][name] = {'$ref': f'schemas/{name}.yaml'}
dump(f'{base}/openapi.yaml', p, 'yaml')

# Swagger 2.0 petstore (JSON): definitions/ files referenced straight from the operations, two path files.
s = json.load(open(f'{corpus}/oas-examples/2.0/json/petstore.json'))
base = f'{out}/petstore-2.0'
def def_in_root(r):
    m = re.fullmatch(r'#/definitions/(\w+)', r)
    return f'definitions/{m.group(1)}.json' if m else r
def def_in_defs(r):
    m = re.fullmatch(r'#/definitions/(\w+)', r)
    return f'{m.group(1)}.json' if m else r
def def_in_paths(r):
    m = re.fullmatch(r'#/definitions/(\w+)', r)
    return f'../definitions/{m.group(1)}.json' if m else r
for name, schema in s.pop('definitions').items():
    dump(f'{base}/definitions/{name}.json', rewrite(schema, def_in_defs), 'json')
for path in ['/pet/{petId}', '/store/order']:
    dump(f'{base}/paths/{slug(path)}.json', rewrite(s['paths'][path], def_in_paths), 'json')
    s['paths'][path] = {'$ref': f'paths/{slug(path)}.json'}
dump(f'{base}/swagger.json', rewrite(s, def_in_root), 'json')

# Blockfrost 0.1.24 (OpenAPI 3.0, YAML): two paths, their schemas in one file, their responses in another.
b = yaml.safe_load(open(f'{corpus}/blockfrost/blockfrost-0.1.24.yaml'))
base = f'{out}/blockfrost'
keep = ['/blocks/latest', '/accounts/{stake_address}']
used = {'schemas': set(), 'responses': set()}
def collect(node):
    if isinstance(node, dict):
        r = node.get('$ref')
        if isinstance(r, str):
            kind, name = r.split('/')[2:4]
            if name not in used[kind]:
                used[kind].add(name)
                collect(b['components'][kind][name])
        for v in node.values():
            collect(v)
    elif isinstance(node, list):
        for v in node:
            collect(v)
for path in keep:
    collect(b['paths'][path])
def comp_in(prefix):
    def fn(r):
        kind, name = r.split('/')[2:4]
        return f'{prefix}{kind}.yaml#/{name}'
    return fn
dump(f'{base}/components/schemas.yaml', {n: rewrite(b['components']['schemas'][n], comp_in('')) for n in b['components']['schemas'] if n in used['schemas']}, 'yaml')
dump(f'{base}/components/responses.yaml', {n: rewrite(b['components']['responses'][n], comp_in('')) for n in b['components']['responses'] if n in used['responses']}, 'yaml')
root = {k: v for k, v in b.items() if k not in ('paths', 'components')}
root['paths'] = {}
for path in keep:
    dump(f'{base}/paths/{slug(path)}.yaml', rewrite(b['paths'][path], comp_in('../components/')), 'yaml')
    root['paths'][path] = {'$ref': f'paths/{slug(path)}.yaml'}
root['components'] = {'securitySchemes': b['components']['securitySchemes']}
dump(f'{base}/openapi.yaml', root, 'yaml')
