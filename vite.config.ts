import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The public site (src/site), built into dist/site and served by the API server at `/`.
export default defineConfig({
  root: 'src/site',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/site',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
