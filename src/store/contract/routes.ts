// The paths of API v1, shared by the server (route registration) and the client (URLs).
export const API_PREFIX = '/api/v1';

export const routes = {
  health: '/healthz',
  submissions: `${API_PREFIX}/submissions`,
  programs: `${API_PREFIX}/programs`,
  versions: `${API_PREFIX}/programs/:programId/versions`,
  version: `${API_PREFIX}/programs/:programId/versions/:version`,
  review: `${API_PREFIX}/programs/:programId/versions/:version/review`,
  diff: `${API_PREFIX}/programs/:programId/diff`,
  department: `${API_PREFIX}/programs/:programId/department`,
} as const;

export const urls = {
  versions: (programId: string): string => `${API_PREFIX}/programs/${encodeURIComponent(programId)}/versions`,
  version: (programId: string, version: number): string => `${API_PREFIX}/programs/${encodeURIComponent(programId)}/versions/${version}`,
  review: (programId: string, version: number): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/versions/${version}/review`,
  diff: (programId: string, from: number, to: number): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/diff?from=${from}&to=${to}`,
  department: (programId: string): string => `${API_PREFIX}/programs/${encodeURIComponent(programId)}/department`,
} as const;
