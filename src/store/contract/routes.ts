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
  /** POST: push a report; GET ?year=2021: the coordinator's overview. */
  reports: `${API_PREFIX}/reports`,
  reportVersions: `${API_PREFIX}/programs/:programId/reports/:period/versions`,
  reportVersion: `${API_PREFIX}/programs/:programId/reports/:period/versions/:version`,
  reportReview: `${API_PREFIX}/programs/:programId/reports/:period/versions/:version/review`,
  /** The coordinator's HTML page (?year=2021&lang=en) and a report's versions as a page. */
  coordinator: '/coordinator',
  coordinatorReport: '/coordinator/programs/:programId/reports/:period',
} as const;

export const urls = {
  versions: (programId: string): string => `${API_PREFIX}/programs/${encodeURIComponent(programId)}/versions`,
  version: (programId: string, version: number): string => `${API_PREFIX}/programs/${encodeURIComponent(programId)}/versions/${version}`,
  review: (programId: string, version: number): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/versions/${version}/review`,
  diff: (programId: string, from: number, to: number): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/diff?from=${from}&to=${to}`,
  department: (programId: string): string => `${API_PREFIX}/programs/${encodeURIComponent(programId)}/department`,
  reports: (year: number): string => `${API_PREFIX}/reports?year=${year}`,
  reportVersions: (programId: string, period: string): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/reports/${encodeURIComponent(period)}/versions`,
  reportVersion: (programId: string, period: string, version: number): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/reports/${encodeURIComponent(period)}/versions/${version}`,
  reportReview: (programId: string, period: string, version: number): string =>
    `${API_PREFIX}/programs/${encodeURIComponent(programId)}/reports/${encodeURIComponent(period)}/versions/${version}/review`,
  coordinatorReport: (programId: string, period: string): string => `/coordinator/programs/${encodeURIComponent(programId)}/reports/${encodeURIComponent(period)}`,
} as const;
